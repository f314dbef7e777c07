#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s85.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_DE_SORTIE]
(par defaut : le dossier de ce script).

Formes : bulletin scolaire trimestriel, bulletin meteo, piece de theatre a numeros
de ligne, notice de medicament (parodie) sur trois colonnes, bon de commande
rempli a la main, curriculum vitae a colonne laterale.
Les chiffres sur l'Observatoire viennent de /work/shared/facts.md ; les phrases sont
ecrites pour ce jeu ; les personnes et structures fictives sont signalees comme telles.
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, NextPageTemplate)
from reportlab.lib.fonts import addMapping

FD = '/usr/share/fonts/truetype/dejavu/'
FONTS = {
    'DV': 'DejaVuSans.ttf', 'DV-B': 'DejaVuSans-Bold.ttf', 'DV-I': 'DejaVuSans-Oblique.ttf',
    'DV-BI': 'DejaVuSans-BoldOblique.ttf',
    'DVS': 'DejaVuSerif.ttf', 'DVS-B': 'DejaVuSerif-Bold.ttf', 'DVS-I': 'DejaVuSerif-Italic.ttf',
    'DVS-BI': 'DejaVuSerif-BoldItalic.ttf',
    'DVC': 'DejaVuSansCondensed.ttf', 'DVC-B': 'DejaVuSansCondensed-Bold.ttf',
    'DVC-I': 'DejaVuSansCondensed-Oblique.ttf', 'DVC-BI': 'DejaVuSansCondensed-BoldOblique.ttf',
    'DVM': 'DejaVuSansMono.ttf', 'DVM-B': 'DejaVuSansMono-Bold.ttf',
}
for name, fn in FONTS.items():
    pdfmetrics.registerFont(TTFont(name, FD + fn))
for fam in ('DV', 'DVS', 'DVC'):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + '-B')
    addMapping(fam, 0, 1, fam + '-I')
    addMapping(fam, 1, 1, fam + '-BI')

W, H = A4
NB = '\u00a0'


def _keep_nbsp():
    """reportlab remplace U+00A0 par une espace ordinaire au moment d'encoder le texte (la
    coupure de ligne, elle, respecte deja l'insecable). On retire cette substitution pour que
    le PDF contienne de vraies espaces insecables (glyphe DejaVu U+00A0, ToUnicode 00A0)."""
    import inspect
    import textwrap
    from reportlab.pdfbase import ttfonts
    src = textwrap.dedent(inspect.getsource(ttfonts.TTFont.splitString))
    old = 'if code==0xa0: code = 32'
    if old in src:
        ns = {}
        exec(compile(src.replace(old, 'pass'), ttfonts.__file__, 'exec'), ttfonts.__dict__, ns)
        ttfonts.TTFont.splitString = ns['splitString']


_keep_nbsp()


def fr(s):
    """Typographie francaise : espaces insecables (milliers, avant % EUR : ; ? ! », apres «)."""
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, s)
    s = re.sub(r' ([%€:;?!»])', NB + r'\1', s)
    s = s.replace('« ', '«' + NB)
    s = s.replace('n° ', 'n°' + NB)
    return s


def esc(s):
    return s.replace(' & ', ' &amp; ')


def st(name, font='DV', size=9, leading=None, align=TA_LEFT, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=align, textColor=color, **kw)


def para(c, text, x, ytop, w, style):
    p = Paragraph(esc(fr(text)), style)
    _, h = p.wrap(w, 10000)
    p.drawOn(c, x, ytop - h)
    return h


def para_h(text, w, style):
    p = Paragraph(esc(fr(text)), style)
    return p.wrap(w, 10000)[1]


def text(c, x, y, s, font='DV', size=9, color=colors.black, align='left'):
    c.setFont(font, size)
    c.setFillColor(color)
    s = fr(s)
    if align == 'left':
        c.drawString(x, y, s)
    elif align == 'right':
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    c.setFillColor(colors.black)


def rtext(c, x, y, s, font='DV', size=8, angle=90, color=colors.black):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawString(0, 0, fr(s))
    c.restoreState()


def new_canvas(path, title, subject, size=A4):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('Jeu d\'évaluation s85 (documents fictifs)')
    c.setSubject(subject)
    c.setCreator('make_docs.py s85 (reportlab)')
    return c


# ---------------------------------------------------------------------------
# 01 - Bulletin scolaire trimestriel (tableaux a en-tetes pivotes, appreciations)
# ---------------------------------------------------------------------------
NAVY = colors.HexColor('#1f3a5f')
PALE = colors.HexColor('#e8eef5')
GREY = colors.HexColor('#666666')


def bulletin_header(c, sub, printed):
    top = H - 36
    c.setStrokeColor(NAVY)
    c.setLineWidth(1.2)
    c.rect(36, top - 70, W - 72, 70)
    c.line(190, top - 70, 190, top)
    c.line(395, top - 70, 395, top)
    # logo en texte
    text(c, 113, top - 24, '◆ R·A·V·L ◆', 'DV-B', 15, NAVY, 'center')
    text(c, 113, top - 40, 'Réseau Alliances', 'DV', 8.5, NAVY, 'center')
    text(c, 113, top - 51, 'Val-de-Loire', 'DV', 8.5, NAVY, 'center')
    text(c, 113, top - 63, 'pôle « Jouer collectif »', 'DV-I', 7, GREY, 'center')
    text(c, 292, top - 26, 'BULLETIN TRIMESTRIEL', 'DV-B', 14, NAVY, 'center')
    text(c, 292, top - 44, sub, 'DV', 8.5, colors.black, 'center')
    text(c, 292, top - 58, 'Document pédagogique — personnages fictifs', 'DV-I', 7, GREY, 'center')
    text(c, 402, top - 16, 'Élève :', 'DV', 7.5, GREY)
    text(c, 402, top - 28, 'OBSERVATOIRE DES', 'DV-B', 9)
    text(c, 402, top - 39, 'PARTENARIATS', 'DV-B', 9)
    text(c, 402, top - 53, 'Classe : PHARE (2013-2018)', 'DV', 7.5)
    text(c, 402, top - 64, 'Prof. principal : M. Delorme', 'DV', 7.5)
    # pied de page
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(36, 52, W - 36, 52)
    text(c, 36, 41, 'Atelier « Jouer collectif » · Réseau Alliances Val-de-Loire (réseau fictif) · '
         'www.alliances-valdeloire.fr', 'DV', 6.8, GREY)
    text(c, 36, 32, 'Chiffres : programme PHARE de l\'Observatoire des partenariats (Le RAMEAU). '
         'Reproduction libre à usage pédagogique.', 'DV', 6.8, GREY)
    text(c, W - 36, 36, 'Feuillet %d' % printed, 'DV-B', 9, NAVY, 'right')


def grid_table(c, x, ytop, widths, header, rows, hstyle, cstyles, rot=(), pad=4,
               head_h=None, fill=PALE, min_row=0):
    """Tableau dessine a la main ; les colonnes d'indice dans rot ont un en-tete pivote."""
    # hauteur d'en-tete
    if head_h is None:
        head_h = 0
        for i, t in enumerate(header):
            if i in rot:
                c.setFont(hstyle.fontName, hstyle.fontSize)
                hh = max(c.stringWidth(fr(line), hstyle.fontName, hstyle.fontSize)
                         for line in t.split('\n')) + 2 * pad
            else:
                hh = para_h(t, widths[i] - 2 * pad, hstyle) + 2 * pad
            head_h = max(head_h, hh)
    tw = sum(widths)
    c.setFillColor(fill)
    c.rect(x, ytop - head_h, tw, head_h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    xx = x
    for i, t in enumerate(header):
        if i in rot:
            lines = t.split('\n')
            n = len(lines)
            for k, line in enumerate(lines):
                cx = xx + widths[i] / 2 - (n - 1) * hstyle.fontSize * 0.6 + k * hstyle.fontSize * 1.2 + 3
                rtext(c, cx, ytop - head_h + pad, line, hstyle.fontName, hstyle.fontSize)
        else:
            para(c, t, xx + pad, ytop - pad, widths[i] - 2 * pad, hstyle)
        xx += widths[i]
    y = ytop - head_h
    heights = []
    for r in rows:
        hmax = min_row
        for i, t in enumerate(r):
            hmax = max(hmax, para_h(t, widths[i] - 2 * pad, cstyles[i]) + 2 * pad)
        heights.append(hmax)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    for r, hh in zip(rows, heights):
        xx = x
        for i, t in enumerate(r):
            para(c, t, xx + pad, y - pad, widths[i] - 2 * pad, cstyles[i])
            xx += widths[i]
        y -= hh
        c.line(x, y, x + tw, y)
    # grille
    c.rect(x, y, tw, ytop - y)
    c.line(x, ytop - head_h, x + tw, ytop - head_h)
    xx = x
    for wdt in widths[:-1]:
        xx += wdt
        c.line(xx, ytop, xx, y)
    return y


def doc_bulletin(path):
    c = new_canvas(path, 'Bulletin trimestriel — Observatoire des partenariats (atelier)',
                   'Bulletin scolaire parodique, programme PHARE')
    hs = st('h', 'DV-B', 8)
    cell = st('c', 'DV', 8.2, 10.2)
    cellb = st('cb', 'DV-B', 8.5, 10.5)
    num = st('n', 'DV-B', 11, 13, TA_CENTER)
    app = st('a', 'DVS-I', 8.2, 10.4)
    body = st('b', 'DV', 8.8, 11.6, TA_JUSTIFY)
    title = st('t', 'DV-B', 11.5, 14, color=NAVY)

    # ---------------- page 1
    bulletin_header(c, 'Cycle PHARE · année de référence 2015-2016', 7)
    y = H - 130
    y -= para(c, '1<super>er</super> TRIMESTRE — Volet « Citoyens » (PHARE-Citoyens, septembre 2015)',
              40, y, W - 80, title) + 6
    y -= para(c, 'Chaque enjeu du quotidien est traité ici comme une matière. La colonne « Note » reprend '
              'la note moyenne sur 10 attribuée à l\'enjeu dans l\'enquête ; la colonne « Impact fort » '
              'indique la part des Français qui jugent fort l\'impact des partenariats sur cet enjeu. '
              'Un tiret signifie que l\'enquête ne donne pas de valeur pour cette colonne.',
              40, y, W - 80, body) + 8
    rows = [
        ['<b>Emploi</b>', '7,1', '49 %', 'Premier de la classe sur les deux colonnes : c\'est à la fois '
         'l\'enjeu le mieux noté et celui où l\'on attend le plus des alliances.'],
        ['<b>Pouvoir d\'achat</b>', '6,6', '—', 'Deuxième note du trimestre, ex æquo avec la sécurité. '
         'Pas de mesure d\'impact fournie.'],
        ['<b>Développement économique</b>', '6,5', '46 %', 'Résultat solide ; l\'effet des partenariats '
         'y est jugé presque aussi fort que pour l\'emploi.'],
        ['<b>Sécurité</b>', '6,6', '—', 'Même note que le pouvoir d\'achat. Attention : une autre '
         'publication donne une autre valeur (voir le catalogue).'],
        ['<b>Environnement</b>', '6,3', '42 %', 'Note un peu plus basse, mais un impact des alliances '
         'reconnu par plus de quatre Français sur dix.'],
        ['<b>Exclusion</b>', '6,3', '—', 'Même note que l\'environnement. Des progrès attendus.'],
        ['<b>Précarité et éducation</b>', '—', '36 %', 'Matière non notée ce trimestre ; l\'impact '
         'des partenariats y est cité par un peu plus d\'un tiers des répondants.'],
    ]
    y = grid_table(c, 40, y, [130, 42, 42, W - 80 - 214],
                   ['Enjeu (matière)', 'Note\n/10', 'Impact\nfort', 'Appréciation de l\'équipe'],
                   rows, hs, [cell, num, num, app], rot=(1, 2), min_row=30)
    y -= 16
    # appreciation generale
    box_top = y
    inner = ('<b>Appréciation générale du conseil de classe.</b> Trimestre encourageant. La copie repose '
             'sur plus de 2 000 personnes interrogées, ce qui donne du poids aux résultats. '
             'L\'élève montre un vrai sens du collectif : 69 % des Français (PHARE-Citoyens, '
             'septembre 2015) reconnaissent un « devoir d\'alliance » entre associations, entreprises '
             'et pouvoirs publics. Il faudra confirmer ce résultat au trimestre suivant, '
             'avec les autres volets du programme.')
    hh = para_h(inner, W - 100, body)
    c.setStrokeColor(NAVY)
    c.setFillColor(PALE)
    c.roundRect(40, box_top - hh - 16, W - 80, hh + 16, 6, stroke=1, fill=1)
    c.setFillColor(colors.black)
    para(c, inner, 50, box_top - 8, W - 100, body)
    y = box_top - hh - 34
    # vie scolaire + signatures
    text(c, 40, y, 'Vie scolaire', 'DV-B', 9, NAVY)
    text(c, 40, y - 13, 'Absences : 0 demi-journée · Retards : 0 · Rendu des copies : à l\'heure', 'DV', 8.5)
    y -= 34
    c.setStrokeColor(GREY)
    c.rect(330, y - 62, 110, 62)
    c.rect(445, y - 62, 110, 62)
    text(c, 335, y - 12, 'Le professeur principal', 'DV', 7.5, GREY)
    text(c, 450, y - 12, 'Visa de la famille', 'DV', 7.5, GREY)
    text(c, 340, y - 40, 'M. Delorme', 'DVS-I', 12, NAVY)
    text(c, 40, y - 12, 'Barème de l\'atelier', 'DV-B', 8, GREY)
    text(c, 40, y - 25, 'Note : valeur publiée sur 10, sans arrondi.', 'DV', 7.5, GREY)
    text(c, 40, y - 36, 'Impact fort : part des Français, en %.', 'DV', 7.5, GREY)
    text(c, 40, y - 47, '— : pas de valeur publiée.', 'DV', 7.5, GREY)
    c.showPage()

    # ---------------- page 2
    bulletin_header(c, 'Cycle PHARE · année de référence 2015-2016', 8)
    y = H - 130
    y -= para(c, '2<super>e</super> TRIMESTRE — Les six volets du programme PHARE',
              40, y, W - 80, title) + 6
    y -= para(c, 'Après ARPEA (Analyse des Relations Associations-Entreprises, 2008-2012), l\'élève a '
              'changé de classe : le programme PHARE couvre la période 2013-2018. Ses devoirs sont '
              'rendus en six volets, présentés ci-dessous dans l\'ordre où ils ont été remis.',
              40, y, W - 80, body) + 8
    rows = [
        ['1', '<b>Citoyens</b>', 'sept. 2015', 'Premier devoir rendu : voir le détail des notes au '
         'trimestre précédent.'],
        ['2', '<b>Entreprises</b>', 'oct. 2015', 'Rendu un mois après les citoyens. Regard des '
         'dirigeants sur les alliances.'],
        ['3', '<b>Associations</b>', 'nov. 2015', 'Complète le triptyque de l\'automne 2015.'],
        ['4', '<b>13 rapports régionaux</b>', '2016', 'Treize copies, une par grande région : un '
         'travail de fond sur toute l\'année.'],
        ['5', '<b>Diagnostics sectoriels</b>', 'juillet 2016', 'Rendus juste avant les vacances d\'été.'],
        ['6', '<b>Institutions</b>', 'automne 2016', 'Publié le 29 novembre 2016 ; la copie distingue '
         '5 profils de maires. Excellent travail de typologie.'],
    ]
    y = grid_table(c, 40, y, [26, 140, 48, W - 80 - 214],
                   ['N°', 'Volet (matière)', 'Remis\nen', 'Appréciation'],
                   rows, hs, [st('k', 'DV', 8.5, 10.5, TA_CENTER), cell, st('d', 'DV-B', 8, 10, TA_CENTER), app],
                   rot=(2,), min_row=30)
    y -= 18
    text(c, 40, y, 'Bilan du trimestre', 'DV-B', 10, NAVY)
    y -= 6
    y -= para(c, 'Six volets rendus sur six. Le calendrier a été tenu : trois volets nationaux à '
              'l\'automne 2015 (citoyens, entreprises, associations), puis les rapports régionaux, les '
              'diagnostics sectoriels et enfin les institutions en 2016. Le conseil note la régularité '
              'de l\'élève et l\'invite à préparer la classe suivante.', 40, y, W - 80, body) + 12
    # mini-graphique : frise des remises (barres)
    text(c, 40, y, 'Calendrier des remises (schéma)', 'DV-B', 8.5, GREY)
    y -= 14
    months = ['S 15', 'O 15', 'N 15', '2016', 'Jt 16', 'Aut. 16']
    for i, m in enumerate(months):
        bx = 60 + i * 80
        c.setFillColor(NAVY if i < 3 else colors.HexColor('#7a96b8'))
        c.circle(bx, y - 8, 5, stroke=0, fill=1)
        c.setFillColor(colors.black)
        text(c, bx, y - 24, m, 'DV', 7, GREY, 'center')
        if i:
            c.setStrokeColor(GREY)
            c.line(bx - 75, y - 8, bx - 5, y - 8)
    y -= 50
    text(c, 40, y, 'Vie scolaire', 'DV-B', 9, NAVY)
    text(c, 40, y - 13, 'Absences : 0 · Travail en groupe : très apprécié par les camarades.', 'DV', 8.5)
    c.showPage()

    # ---------------- page 3
    bulletin_header(c, 'Conseil de classe de fin de cycle', 9)
    y = H - 130
    y -= para(c, '3<super>e</super> TRIMESTRE — Décision d\'orientation', 40, y, W - 80, title) + 8
    # encadre decision
    dec = ('<b>Décision du conseil :</b> passage accordé dans la classe <b>IMPACT</b> (programme '
           '2018-2022). La rentrée est anticipée : le programme a été lancé en novembre 2017. '
           'Rappel administratif : l\'élève est inscrit depuis 2008, année où l\'Observatoire des '
           'partenariats a été créé par la Caisse des Dépôts et Le RAMEAU.')
    hh = para_h(dec, W - 110, body)
    c.setStrokeColor(NAVY)
    c.setLineWidth(2)
    c.rect(40, y - hh - 18, W - 80, hh + 18)
    c.setLineWidth(0.6)
    para(c, dec, 55, y - 9, W - 110, body)
    y -= hh + 36
    text(c, 40, y, 'Enseignements de spécialité choisis pour la classe IMPACT', 'DV-B', 10, NAVY)
    y -= 8
    rows = [
        ['Spécialité 1', 'Innovation sociétale et territoriale', '☑'],
        ['Spécialité 2', 'Performance des organisations', '☑'],
        ['Spécialité 3', 'Confiance', '☑'],
    ]
    y = grid_table(c, 40, y, [90, 300, 60], ['Rang', 'Axe du programme', 'Retenu'], rows, hs,
                   [cell, cellb, st('x', 'DV', 12, 14, TA_CENTER)], min_row=22)
    y -= 22
    text(c, 40, y, 'Équipe pédagogique de la classe IMPACT', 'DV-B', 10, NAVY)
    y -= 6
    team = [('Caisse des Dépôts', 'professeur référent'),
            ('Institut CDC pour la Recherche', 'enseignement de méthode'),
            ('Groupe La Poste', 'ateliers de terrain'),
            ('Fondation TOTAL', 'soutien aux projets'),
            ('Le RAMEAU', 'coordination de la classe')]
    for k, (who, role) in enumerate(team):
        yy = y - 16 - k * 17
        text(c, 52, yy, '▸ ' + who, 'DV-B', 9)
        c.setDash(1, 2)
        c.setStrokeColor(GREY)
        c.line(250, yy + 2, 400, yy + 2)
        c.setDash()
        text(c, 405, yy, role, 'DV-I', 8.5, GREY)
    y -= 16 + len(team) * 17 + 10
    y -= para(c, '<i>Les rôles indiqués à droite sont une mise en scène de l\'atelier ; seule la liste '
              'des membres qui mènent le programme IMPACT est tirée des publications.</i>',
              40, y, W - 80, st('s', 'DV', 7.5, 9.5, color=GREY)) + 14
    # visa
    c.setStrokeColor(GREY)
    for k, lab in enumerate(['Le chef d\'établissement', 'Le professeur principal', 'Visa de la famille']):
        bx = 40 + k * 175
        c.rect(bx, y - 70, 165, 70)
        text(c, bx + 6, y - 12, lab, 'DV', 7.5, GREY)
    text(c, 226, y - 45, 'M. Delorme', 'DVS-I', 12, NAVY)
    y -= 90
    text(c, 40, y, '✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
         'DV', 8, GREY)
    text(c, 40, y - 16, 'Bulletin à conserver : aucun duplicata ne sera délivré (atelier fictif).', 'DV-I', 8, GREY)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 02 - Bulletin meteo (tuiles a gros chiffres, thermometres, texte vertical en marge)
# ---------------------------------------------------------------------------
SKY = colors.HexColor('#2b6cb0')
SUN = colors.HexColor('#f2a900')
ORANGE = colors.HexColor('#e8731a')
LIGHT = colors.HexColor('#eef5fc')


def meteo_frame(c, printed):
    # bandeau
    c.setFillColor(SKY)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    text(c, 50, H - 32, '☼ LE BAROMÈTRE DU LIEN', 'DV-B', 19, colors.white)
    text(c, 50, H - 52, 'Lettre du Réseau Alliances Val-de-Loire (réseau fictif) · n° 12 · supplément détachable',
         'DV', 8.5, colors.white)
    text(c, W - 40, H - 32, 'MÉTÉO', 'DV-B', 14, SUN, 'right')
    text(c, W - 40, H - 50, 'des alliances', 'DV-I', 10, colors.white, 'right')
    # texte vertical en marge gauche
    rtext(c, 24, 120, 'Relevés établis à partir des chiffres publiés par Le RAMEAU et l\'Observatoire '
          'des partenariats — carte non contractuelle — ne remplace pas la lecture des études', 'DV-I', 7,
          90, GREY)
    # pied
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(50, 40, W - 40, 40)
    text(c, 50, 28, 'Le Baromètre du Lien · www.alliances-valdeloire.fr/barometre · Directrice de la '
         'publication : Jeanne Vasseur (personnage fictif)', 'DV', 6.8, GREY)
    text(c, 50, 19, 'ISSN en cours · Imprimé sur papier recyclé · Ne pas jeter sur la voie publique',
         'DV', 6.8, GREY)
    text(c, W - 40, 28, str(printed), 'DV-B', 10, SKY, 'right')


def tile(c, x, y, w, h, station, symbol, big, caption, sym_color=SUN):
    c.setFillColor(LIGHT)
    c.setStrokeColor(SKY)
    c.roundRect(x, y, w, h, 8, stroke=1, fill=1)
    c.setFillColor(colors.black)
    text(c, x + 10, y + h - 18, station, 'DV-B', 8.5, SKY)
    text(c, x + w - 14, y + h - 44, symbol, 'DV', 30, sym_color, 'right')
    text(c, x + 10, y + h - 62, big, 'DV-B', 30, colors.black)
    para(c, caption, x + 10, y + h - 72, w - 20, st('cap', 'DV', 8.2, 10))


def thermo(c, x, y, val, label):
    # tube
    c.setStrokeColor(GREY)
    c.setFillColor(colors.white)
    c.roundRect(x, y + 16, 14, 110, 7, stroke=1, fill=1)
    c.circle(x + 7, y + 14, 11, stroke=1, fill=1)
    c.setFillColor(colors.HexColor('#d64545'))
    c.circle(x + 7, y + 14, 8, stroke=0, fill=1)
    c.rect(x + 4, y + 18, 6, 104 * val / 100.0, stroke=0, fill=1)
    for g in (0, 25, 50, 75, 100):
        gy = y + 18 + 104 * g / 100.0
        c.setStrokeColor(GREY)
        c.line(x + 14, gy, x + 19, gy)
    text(c, x + 26, y + 18 + 104 * val / 100.0 - 5, '%d %%' % val, 'DV-B', 13, colors.HexColor('#b03030'))
    para(c, label, x - 22, y - 4, 100, st('tl', 'DV', 7.8, 9.5, TA_LEFT))


def doc_meteo(path):
    c = new_canvas(path, 'La météo des alliances — Le Baromètre du Lien n° 12',
                   'Bulletin météo parodique des alliances')
    body = st('b', 'DV', 8.8, 11.5, TA_JUSTIFY)
    # ---------------- page 1
    meteo_frame(c, 16)
    y = H - 98
    text(c, 50, y, 'Prévisions nationales — Ciel général de l\'alliance', 'DV-B', 13, SKY)
    y -= 8
    y -= para(c, 'Trois stations de mesure, trois ciels dégagés. Les relevés ci-dessous indiquent quelle part '
              'de chaque public exprime une attente d\'alliance ; plus le chiffre est haut, plus le ciel est clair.',
              50, y, W - 95, body) + 8
    tw = (W - 95 - 2 * 12) / 3.0
    th = 130
    tile(c, 50, y - th, tw, th, 'STATION « LES FRANÇAIS »', '☀', '81 %',
         'ressentent un « devoir d\'alliance » entre acteurs.')
    tile(c, 50 + tw + 12, y - th, tw, th, 'STATION « LES MAIRES »', '☀', '92 %',
         'disent avoir « besoin d\'alliance » sur leur territoire.')
    tile(c, 50 + 2 * (tw + 12), y - th, tw, th, 'STATION « LES DIRIGEANTS »', '☀', '84 %',
         'des dirigeants d\'entreprise ont « envie d\'alliance ».')
    y -= th + 26
    text(c, 50, y, 'Températures de l\'innovation', 'DV-B', 13, SKY)
    y -= 8
    y -= para(c, 'Part de chaque public qui voit dans les partenariats une source d\'innovation '
              '(programme IMPACT). Relevés pris à la même heure dans les quatre stations.',
              50, y, W - 95, body) + 14
    ty = y - 160
    xs = [85, 215, 345, 475]
    vals = [(74, 'des Français'), (81, 'des dirigeants d\'entreprise'),
            (86, 'des responsables associatifs'), (87, 'des maires')]
    for xx, (v, lab) in zip(xs, vals):
        thermo(c, xx, ty + 20, v, lab)
    y = ty - 16
    # vigilance
    vig = ('<b>VIGILANCE ORANGE — pilotage chez les maires.</b> Le ciel se couvre quand il faut passer '
           'à l\'action : 76 % des maires considèrent leur territoire comme engagé, mais 46 % déclarent '
           'ne pas savoir piloter une démarche d\'alliance. Conseil du prévisionniste : ne pas sortir sans '
           'méthode.')
    hh = para_h(vig, W - 135, body)
    c.setFillColor(colors.HexColor('#fdebd9'))
    c.setStrokeColor(ORANGE)
    c.setLineWidth(1.5)
    c.rect(50, y - hh - 16, W - 95, hh + 16, stroke=1, fill=1)
    c.setLineWidth(0.6)
    text(c, 62, y - hh / 2 - 14, '⚠', 'DV-B', 20, ORANGE)
    c.setFillColor(colors.black)
    para(c, vig, 90, y - 8, W - 145, body)
    y -= hh + 34
    # legende
    text(c, 50, y, 'Légende', 'DV-B', 8.5, GREY)
    text(c, 50, y - 14, '☀ ciel dégagé : 80 % et plus', 'DV', 8, GREY)
    text(c, 210, y - 14, '☁ ciel voilé : de 60 à 79 %', 'DV', 8, GREY)
    text(c, 370, y - 14, '☂ averses : moins de 60 %', 'DV', 8, GREY)
    text(c, 50, y - 28, 'Convention propre à cette lettre ; les études ne parlent évidemment ni de soleil ni de pluie.',
         'DV-I', 7.5, GREY)
    c.showPage()

    # ---------------- page 2
    meteo_frame(c, 17)
    y = H - 98
    text(c, 50, y, 'Prévisions locales — Chez les élus', 'DV-B', 13, SKY)
    y -= 8
    y -= para(c, 'Dernier relevé en date : l\'enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, publiée en '
              'novembre 2024. Le baromètre se lit comme une carte des pressions : un territoire « en '
              'mouvement » est un territoire où les acteurs bougent ensemble.'.replace('&amp;', '&'),
              50, y, W - 95, body) + 10
    # grande tuile
    c.setFillColor(LIGHT)
    c.setStrokeColor(SKY)
    c.roundRect(50, y - 150, 190, 150, 10, stroke=1, fill=1)
    text(c, 60, y - 18, 'PRESSION GÉNÉRALE', 'DV-B', 8.5, SKY)
    text(c, 145, y - 80, '91 %', 'DV-B', 44, colors.black, 'center')
    para(c, 'des maires voient leur territoire « en mouvement ».', 62, y - 96, 166,
         st('c2', 'DV', 8.5, 10.5, TA_CENTER))
    # barre empilee
    bx, by = 262, y - 40
    text(c, bx, y - 18, 'Détail du relevé', 'DV-B', 8.5, SKY)
    c.setFillColor(SKY)
    c.rect(bx, by - 26, 290 * 35 / 91.0, 26, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#90b4dc'))
    c.rect(bx + 290 * 35 / 91.0, by - 26, 290 * 56 / 91.0, 26, stroke=0, fill=1)
    text(c, bx + 6, by - 17, '35 %', 'DV-B', 10, colors.white)
    text(c, bx + 290 * 35 / 91.0 + 6, by - 17, '56 %', 'DV-B', 10, colors.black)
    para(c, '▮ foncé : territoire « fortement » en mouvement — ▮ clair : en mouvement « ni plus ni moins » '
         'qu\'avant. Les deux segments font 91 %.', bx, by - 32, 290, st('c3', 'DV', 7.8, 9.6))
    para(c, '<b>Fiche technique du relevé.</b> 302 maires interrogés par téléphone, du 30 septembre au '
         '28 octobre 2024. 84 % des répondants sont élus dans des communes de moins de 2 000 habitants.',
         bx, by - 70, 290, st('c4', 'DV', 8.2, 10.4))
    y -= 172
    # historique
    text(c, 50, y, 'Historique des relevés (programme ARPEA)', 'DV-B', 11, SKY)
    y -= 8
    y = grid_table(c, 50, y, [150, 90, 90, 175],
                   ['Relevé', '2008', '2012', 'Tendance'],
                   [['Français jugeant urgent de créer des partenariats', '86 %', '84 %',
                     '▼ légère baisse, ciel toujours dégagé']],
                   st('h', 'DV-B', 8), [st('x', 'DV', 8.2, 10), st('y', 'DV-B', 11, 13, TA_CENTER),
                                        st('y2', 'DV-B', 11, 13, TA_CENTER), st('z', 'DV-I', 8.2, 10)],
                   fill=LIGHT, min_row=26)
    y -= 24
    # deux colonnes de breves
    colw = (W - 95 - 20) / 2.0
    bs = st('br', 'DV', 8.6, 11.2, TA_JUSTIFY)
    h1 = para(c, '<b>☀ Éclaircies après la crise.</b> Au sortir de l\'épidémie de Covid, 81 % des '
              'Français et 84 % des dirigeants de TPE &amp; PME jugent la co-construction utile pour '
              'rebondir : c\'est le « jouer collectif en sortie de crise ». Plus de 250 données ont été '
              'inventoriées pour aider les acteurs à agir vite.'.replace('&amp;', '&'), 50, y, colw, bs)
    h2 = para(c, '<b>☁ Tendance chez les élus.</b> 64 % des élus locaux veulent s\'appuyer sur le « jouer '
              'collectif », et 92 % des maires reconnaissent l\'utilité de la co-construction. Ces chiffres '
              'ont nourri les échanges d\'un dîner « Élus &amp; Entreprises ».'.replace('&amp;', '&'),
              50 + colw + 20, y, colw, bs)
    y -= max(h1, h2) + 18
    h3 = para(c, '<b>❄ Front froid évité.</b> Pour expérimenter la co-construction territoriale, le CGET '
              's\'est entouré de 10 territoires pilotes. Le prévisionniste note que d\'autres présentations '
              'du même parcours retiennent un autre décompte.', 50, y, colw, bs)
    h4 = para(c, '<b>☂ Pour la semaine prochaine.</b> Averses possibles dans les communes qui avancent '
              'seules. Remède connu : une réunion entre voisins, une association, une entreprise et la '
              'mairie. Aucune précipitation n\'est attendue là où l\'on joue collectif.',
              50 + colw + 20, y, colw, bs)
    y -= max(h3, h4) + 16
    c.setStrokeColor(SKY)
    c.line(50, y, W - 45, y)
    text(c, 50, y - 14, 'Prochain bulletin : au prochain numéro du Baromètre du Lien.', 'DV-I', 8, GREY)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 03 - Piece de theatre (noms de personnages centres, didascalies, numeros de ligne en marge)
# ---------------------------------------------------------------------------
TH_W, TH_H = 439.0, 680.0          # 15,5 x 24 cm
TH_ML, TH_MR = 62.0, 48.0
PLAY = [
    ('scene', 'SCÈNE 1'),
    ('did', 'Un banc public, devant la mairie d\'une petite commune. Il pleut un peu. ODILE, la maire, '
            'attend, un parapluie fermé à la main. Entrent BASTIEN, puis YASMINA.'),
    ('spk', 'ODILE'),
    ('rep', 'Vous aussi, vous attendez le car ? Il a toujours un quart d\'heure de retard quand il pleut.'),
    ('spk', 'BASTIEN'),
    ('rep', 'J\'attends surtout que quelqu\'un m\'explique pourquoi on me parle de « co-construction » '
            'à chaque réunion du conseil. Moi, je fais des escaliers, pas des concepts.'),
    ('spk', 'YASMINA'),
    ('rep', 'Parce que ça marche, quand on s\'y met à plusieurs. Demandez-lui, il a tout dans ses fiches.'),
    ('did', 'LE SOUFFLEUR sort de sous le banc, une liasse de fiches cartonnées à la main.'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Fiche numéro un. La démarche « Agir ensemble en Territoire » a démarré en 2010. Elle est née '
            'juste après l\'étude ARPEA-Collectivités locales, réalisée par Comisis et OpinionWay.'),
    ('spk', 'ODILE'),
    ('rep', 'Une étude, puis une démarche. Et ensuite, il a bien fallu des territoires pour essayer ?'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Trois territoires pilotes. L\'Alsace, avec Alsace Active. Le Poitou-Charentes, avec le Groupe '
            'La Poste. Et Paris-Est Marne & Bois, de l\'autre côté de la capitale.'),
    ('spk', 'BASTIEN'),
    ('rep', 'La Poste ? Moi qui croyais qu\'elle ne distribuait que des lettres.'),
    ('spk', 'YASMINA'),
    ('rep', 'Elle distribue aussi des idées, figure-toi. Et parfois les idées arrivent avant le courrier.'),
    ('spk', 'ODILE'),
    ('did', 'songeuse.'),
    ('rep', 'Une entreprise, une association et une commune sur le même banc. On dirait le début d\'une '
            'mauvaise blague.'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Ou le début d\'une méthode.'),
    ('did', 'Il range sa fiche. Noir rapide.'),
    ('scene', 'SCÈNE 2'),
    ('did', 'Le même banc, quelques années plus tard. Les arbres ont poussé ; le car n\'est toujours pas '
            'à l\'heure.'),
    ('spk', 'YASMINA'),
    ('rep', 'Vous avez lu le journal ? Ils veulent créer une fondation rien que pour les territoires.'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Fiche numéro deux. La préfiguration de la Fondation des Territoires a été lancée en juillet '
            '2018. Elle s\'est faite en trois étapes : de juillet 2018 à juillet 2019, puis d\'août 2019 à '
            'novembre 2020, et enfin de décembre 2020 à mai 2022.'),
    ('spk', 'BASTIEN'),
    ('rep', 'Presque quatre ans pour préparer une fondation ? Chez moi, on monte une charpente en trois '
            'semaines.'),
    ('spk', 'ODILE'),
    ('rep', 'Une charpente ne tient que si les murs sont d\'accord entre eux. Tu devrais le savoir.'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Et pendant la dernière étape, justement, on a travaillé à quelque chose de très concret. '
            'Mais c\'est la fiche suivante.'),
    ('spk', 'YASMINA'),
    ('did', 'au public.'),
    ('rep', 'Il fait toujours durer le suspense. C\'est pour ça qu\'on le garde.'),
    ('scene', 'SCÈNE 3'),
    ('did', 'Saint-Maurice, un soir de fin novembre. Une salle ornée de guirlandes ; on entend, '
            'derrière la cloison, la soirée VitaWin qui bat son plein.'),
    ('spk', 'ODILE'),
    ('rep', 'Pourquoi tout ce monde un mardi soir ? D\'habitude, le mardi, il n\'y a que le conseil '
            'd\'école.'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Parce que c\'est le Giving Tuesday, madame la maire. Fiche numéro trois : ce 30 novembre '
            '2021, ici, à Saint-Maurice, dans le territoire Paris-Est Marne & Bois, on lance la Charte '
            'du faire alliance.'),
    ('spk', 'BASTIEN'),
    ('rep', 'Une charte… Encore un papier de plus.'),
    ('spk', 'YASMINA'),
    ('rep', 'Pas n\'importe lequel. Trois mois de co-construction, et c\'est la Fondation des Territoires, '
            'encore en préfiguration, qui a tenu le fil. Les associations, les entreprises et les élus '
            'l\'ont écrite ensemble.'),
    ('spk', 'ODILE'),
    ('rep', 'Et qu\'est-ce qu\'elle promet, cette charte ?'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Elle se présente comme un « contrat de confiance » entre tous ceux qui veulent agir '
            'ensemble.'),
    ('spk', 'BASTIEN'),
    ('did', 'ému, malgré lui.'),
    ('rep', 'Un contrat de confiance. Ça, je connais. C\'est comme une poignée de main, mais qui tient '
            'plus longtemps.'),
    ('did', 'Ils se serrent la main tous les trois. LE SOUFFLEUR applaudit, seul.'),
    ('scene', 'ÉPILOGUE'),
    ('did', 'LE SOUFFLEUR, seul à l\'avant-scène, une dernière fiche à la main.'),
    ('spk', 'LE SOUFFLEUR'),
    ('rep', 'Dernière fiche. La Fondation des Territoires a été créée le 14 juin 2022, sous l\'égide de la '
            'Fondation de Lille. Elle réunit 21 co-fondateurs et s\'est donné trois missions.'),
    ('did', 'Il regarde la salle.'),
    ('rep', 'Quant à la suite… elle dépend de vous.'),
    ('did', 'Noir. Rideau.'),
]


def wrap_nb(s, font, size, w):
    """Coupure gloutonne sur les seules espaces ordinaires (les insecables restent collees)."""
    lines, cur = [], ''
    for word in s.split(' '):
        cand = word if not cur else cur + ' ' + word
        if cur and pdfmetrics.stringWidth(cand, font, size) > w:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


class Play:
    def __init__(self, c, first_printed):
        self.c = c
        self.page = 0
        self.printed = first_printed
        self.line_no = 0
        self.y = 0
        self.bottom = 50

    def head(self):
        c = self.c
        self.page += 1
        pn = self.printed + self.page - 1
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(TH_ML, TH_H - 44, TH_W - TH_MR, TH_H - 44)
        if pn % 2:   # page impaire : a droite
            text(c, TH_ML, TH_H - 38, 'LE CONTRAT DE CONFIANCE', 'DVS', 7.5, GREY)
            text(c, TH_W - TH_MR, TH_H - 38, str(pn), 'DVS-B', 9, colors.black, 'right')
        else:
            text(c, TH_ML, TH_H - 38, str(pn), 'DVS-B', 9, colors.black)
            text(c, TH_W - TH_MR, TH_H - 38, 'THÉÂTRE D\'INTÉRÊT GÉNÉRAL — VOL. 2', 'DVS', 7.5, GREY,
                 'right')
        text(c, TH_W / 2, 30, '© Compagnie du Trait d\'Union (compagnie fictive) · représentation libre '
             'dans un cadre non lucratif', 'DVS', 6.3, GREY, 'center')
        text(c, TH_W / 2, 21, 'Demandes d\'autorisation : www.trait-d-union-theatre.fr/droits',
             'DVS', 6.3, GREY, 'center')
        self.y = TH_H - 64

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.head()

    def lines(self, s, font, size, lead, x, w, align='left', numbered=True, color=colors.black):
        c = self.c
        for ln in wrap_nb(fr(s), font, size, w):
            self.need(lead)
            self.y -= lead
            c.setFont(font, size)
            c.setFillColor(color)
            if align == 'center':
                c.drawCentredString(x + w / 2, self.y, ln)
            else:
                c.drawString(x, self.y, ln)
            c.setFillColor(colors.black)
            if numbered:
                self.line_no += 1
                if self.line_no % 5 == 0:
                    c.setFont('DVS', 6.5)
                    c.setFillColor(GREY)
                    c.drawRightString(TH_ML - 14, self.y, str(self.line_no))
                    c.setFillColor(colors.black)


def doc_theatre(path):
    c = new_canvas(path, 'Le Contrat de confiance — saynète', 'Pièce de théâtre en trois scènes',
                   size=(TH_W, TH_H))
    pl = Play(c, 41)
    pl.head()
    tw = TH_W - TH_ML - TH_MR
    pl.y -= 14
    pl.lines('LE CONTRAT DE CONFIANCE', 'DVS-B', 17, 22, TH_ML, tw, 'center', False)
    pl.lines('Saynète en trois scènes et un épilogue', 'DVS-I', 10, 14, TH_ML, tw, 'center', False)
    pl.y -= 8
    pl.lines('Texte écrit pour les rencontres du Réseau Alliances Val-de-Loire. Les personnages sont '
             'imaginaires ; les dates et les faits que cite le Souffleur sont tirés des publications du '
             'RAMEAU et de l\'Observatoire des partenariats.', 'DVS-I', 8, 10.5, TH_ML + 20, tw - 40,
             'center', False, GREY)
    pl.y -= 14
    pl.lines('PERSONNAGES', 'DVS-B', 9, 13, TH_ML, tw, 'center', False)
    pl.y -= 4
    cast = [('ODILE', 'maire d\'une commune rurale'), ('BASTIEN', 'patron d\'une menuiserie de douze '
            'personnes'), ('YASMINA', 'présidente d\'une association d\'aide aux devoirs'),
            ('LE SOUFFLEUR', 'qui ne se sépare jamais de ses fiches')]
    for name, role in cast:
        pl.y -= 13
        text(c, TH_ML + 10, pl.y, name, 'DVS-B', 8.5)
        nw = c.stringWidth(name, 'DVS-B', 8.5)
        rw = c.stringWidth(fr(role), 'DVS-I', 8.5)
        c.setDash(1, 2.5)
        c.setStrokeColor(GREY)
        c.line(TH_ML + 14 + nw, pl.y + 2, TH_W - TH_MR - rw - 14, pl.y + 2)
        c.setDash()
        text(c, TH_W - TH_MR - 10, pl.y, role, 'DVS-I', 8.5, colors.black, 'right')
    pl.y -= 10
    for kind, s in PLAY:
        if kind == 'scene':
            pl.need(60)
            pl.y -= 8
            pl.lines(s, 'DVS-B', 10.5, 14, TH_ML, tw, 'center', False)
            pl.y -= 2
        elif kind == 'did':
            pl.lines(s, 'DVS-I', 8.8, 11.2, TH_ML + 24, tw - 24, 'left', True, colors.HexColor('#333333'))
        elif kind == 'spk':
            pl.need(36)
            pl.y -= 3
            pl.lines(s, 'DVS-B', 8.3, 11, TH_ML, tw, 'center', False)
        else:
            pl.lines(s, 'DVS', 9.4, 12.2, TH_ML, tw, 'left', True)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 04 - Notice de medicament parodique (A5, deux colonnes serrees, rubriques numerotees)
# ---------------------------------------------------------------------------
N_W, N_H = 420.0, 595.0     # A5
N_M = 30.0
RED = colors.HexColor('#b3261e')


def notice_page(c, doc):
    c.saveState()
    n = doc.page
    # traits de coupe
    c.setStrokeColor(GREY)
    c.setLineWidth(0.3)
    for (x, y, dx, dy) in [(10, 10, 1, 1), (N_W - 10, 10, -1, 1), (10, N_H - 10, 1, -1),
                           (N_W - 10, N_H - 10, -1, -1)]:
        c.line(x, y + dy * 8, x, y + dy * 16)
        c.line(x + dx * 8, y, x + dx * 16, y)
    # texte vertical en marge droite
    rtext(c, N_W - 14, 140, 'Réf. NOT-A17-FR · document pédagogique · ceci n\'est pas un médicament',
          'DVC', 6, 90, GREY)
    # en-tete courant (pages suivantes)
    if n > 1:
        text(c, N_M, N_H - 26, 'ALLIANCE 17, comprimé sécable — Notice : information de l\'utilisateur',
             'DVC-B', 7, RED)
        c.setStrokeColor(RED)
        c.line(N_M, N_H - 30, N_W - N_M, N_H - 30)
    else:
        c.setStrokeColor(RED)
        c.setLineWidth(1.2)
        c.rect(N_M, N_H - 128, N_W - 2 * N_M, 100)
        text(c, N_W / 2, N_H - 46, 'NOTICE : INFORMATION DE L\'UTILISATEUR', 'DVC-B', 10, RED, 'center')
        text(c, N_W / 2, N_H - 70, 'ALLIANCE 17, comprimé sécable', 'DV-B', 15, colors.black, 'center')
        text(c, N_W / 2, N_H - 86, 'Coopération d\'intérêt général — voie territoriale', 'DV-I', 8.5,
             colors.black, 'center')
        text(c, N_W / 2, N_H - 104, 'Parodie pédagogique éditée par la Maison des Solidarités Partagées '
             '(association fictive).', 'DVC', 7, GREY, 'center')
        text(c, N_W / 2, N_H - 115, 'Ce document n\'est pas un médicament et ne remplace aucune étude.',
             'DVC', 7, GREY, 'center')
    # pied
    c.setStrokeColor(GREY)
    c.setLineWidth(0.3)
    c.line(N_M, 30, N_W - N_M, 30)
    text(c, N_M, 20, 'Maison des Solidarités Partagées · www.solidarites-partagees.org/notice · '
         'Notice révisée : édition de démonstration', 'DVC', 6.2, GREY)
    text(c, N_W - N_M, 20, 'feuillet %d' % (n + 1), 'DVC-B', 7.5, RED, 'right')
    c.restoreState()


def doc_notice(path):
    doc = BaseDocTemplate(path, pagesize=(N_W, N_H), leftMargin=N_M, rightMargin=N_M, topMargin=36,
                          bottomMargin=38, title='Notice ALLIANCE 17 (parodie pédagogique)',
                          author='Jeu d\'évaluation s85 (documents fictifs)',
                          subject='Notice de médicament parodique', creator='make_docs.py s85 (reportlab)',
                          invariant=1)
    gap = 12
    cw = (N_W - 2 * N_M - gap) / 2.0
    f1 = [Frame(N_M, 38, cw, N_H - 38 - 136, id='a1', leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0),
          Frame(N_M + cw + gap, 38, cw, N_H - 38 - 136, id='a2', leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)]
    f2 = [Frame(N_M, 38, cw, N_H - 38 - 38, id='b1', leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0),
          Frame(N_M + cw + gap, 38, cw, N_H - 38 - 38, id='b2', leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)]
    doc.addPageTemplates([PageTemplate('first', f1, onPage=notice_page),
                          PageTemplate('later', f2, onPage=notice_page)])
    sz = 8.9
    body = st('nb', 'DVC', sz, sz * 1.28, TA_JUSTIFY, spaceAfter=2.5)
    bul = st('nbu', 'DVC', sz, sz * 1.28, TA_LEFT, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5)
    h1 = st('nh1', 'DVC-B', sz + 1, (sz + 1) * 1.25, TA_LEFT, color=RED, spaceBefore=7, spaceAfter=3)
    h2 = st('nh2', 'DVC-B', sz, sz * 1.3, TA_LEFT, spaceBefore=3, spaceAfter=1)
    boxs = st('nbox', 'DVC', sz, sz * 1.28, TA_LEFT, borderColor=RED, borderWidth=0.8, borderPadding=5,
              backColor=colors.HexColor('#fbeeee'), spaceBefore=6, spaceAfter=8)

    def P(t, s=body):
        return Paragraph(esc(fr(t)), s)

    story = [NextPageTemplate('later')]
    story.append(P('<b>Veuillez lire attentivement cette notice avant de vous engager dans une alliance. '
                   'Elle contient des informations importantes pour vous.</b><br/>'
                   '• Gardez cette notice, vous pourriez avoir besoin de la relire.<br/>'
                   '• Si vous avez d\'autres questions, interrogez votre catalyseur territorial.<br/>'
                   '• Cette alliance vous a été proposée personnellement. Ne la gardez pas pour vous : '
                   'partagez-la.', boxs))
    story.append(P('<b>Que contient cette notice ?</b>', h2))
    for t in ['1. Qu\'est-ce qu\'ALLIANCE 17 et dans quels cas est-il utilisé ?',
              '2. Quelles sont les informations à connaître avant de prendre ALLIANCE 17 ?',
              '3. Comment prendre ALLIANCE 17 ?', '4. Quels sont les effets indésirables éventuels ?',
              '5. Comment conserver ALLIANCE 17 ?', '6. Contenu de l\'emballage et autres informations.']:
        story.append(P(t, bul))
    story.append(P('1. QU\'EST-CE QU\'ALLIANCE 17 ET DANS QUELS CAS EST-IL UTILISÉ ?', h1))
    story.append(P('<i>Classe pharmacothérapeutique : objectifs de développement durable, famille des '
                   'partenariats.</i>'))
    story.append(P('ALLIANCE 17 doit son nom au dix-septième objectif de développement durable, l\'ODD 17, '
                   'consacré aux partenariats. Cet objectif se décompose en 19 cibles. Elles sont expliquées '
                   'dans la note de décryptage du Comité 21 intitulée « ODD 17 : Sens, décryptages, '
                   'déclinaisons », présentée un 5 juillet.'))
    story.append(P('<b>Indications.</b> ALLIANCE 17 est indiqué lorsqu\'aucun acteur ne peut, à lui seul, '
                   'répondre à un besoin du territoire : isolement, emploi, transition écologique, '
                   'réussite éducative.'))
    story.append(P('<b>Mode d\'action.</b> La méthode associe cinq principes actifs, regroupés sous le sigle '
                   'M.E.D.O.C. : Méthodes, Exemples, Données, Outils, Compétences. Ces ressources sont '
                   'rassemblées sur la plateforme www.odd17.org.'))
    story.append(P('2. QUELLES SONT LES INFORMATIONS À CONNAÎTRE AVANT DE PRENDRE ALLIANCE 17 ?', h1))
    story.append(P('Cadre réglementaire', h2))
    story.append(P('Lors du FNAF 2019, Gabriel Attal a confié une mission ministérielle à la députée Cathy '
                   'Racon-Bouzon et à Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020, et '
                   'un bilan en a été présenté le 17 octobre 2020.'))
    story.append(P('Cathy Racon-Bouzon porte aussi la proposition de loi qui vise à reconnaître un « droit de '
                   'l\'alliance d\'intérêt général ». Déposée en février, elle a été agréée par le Bureau de '
                   'l\'Assemblée nationale, puis publiée au Journal officiel.'))
    story.append(P('Une « feuille de route » ministérielle de 21 mesures accompagne la démarche.'))
    story.append(P('Ne prenez jamais ALLIANCE 17', h2))
    for t in ['– si vous êtes allergique au partage d\'information ;',
              '– si vous pensez pouvoir tout faire seul (contre-indication absolue) ;',
              '– en association avec une logique de silo.']:
        story.append(P(t, bul))
    story.append(P('Avertissements et précautions', h2))
    story.append(P('Parlez-en à vos partenaires avant de commencer. Une alliance se construit dans la durée : '
                   'n\'interrompez pas le traitement au premier désaccord.'))
    story.append(P('Autres alliances et ALLIANCE 17', h2))
    story.append(P('ALLIANCE 17 peut être associé sans risque à d\'autres coopérations, y compris anciennes. '
                   'Informez simplement chacun des partenaires des alliances en cours.'))
    story.append(P('Conduite de véhicules', h2))
    story.append(P('Aucune restriction. Le covoiturage entre partenaires est même recommandé.'))
    story.append(P('3. COMMENT PRENDRE ALLIANCE 17 ?', h1))
    story.append(P('<b>Posologie.</b> Respectez toujours la posologie indiquée par votre catalyseur '
                   'territorial. En cas de doute, demandez conseil à votre réseau local.'))
    story.append(P('<b>Forme de référence : le Fonds ODD 17.</b> Le Fonds ODD 17 a été co-créé en 2020 par '
                   'Le RAMEAU et la Fondation TotalEnergies. Il est doté de 1,5 M€ pour une '
                   'expérimentation conduite sur 3 ans, et s\'appuie sur 350 « catalyseurs territoriaux ».'))
    story.append(P('<b>Mode d\'administration.</b> Voie territoriale exclusivement. Le comprimé est sécable : '
                   'chaque partenaire en prend sa part.'))
    story.append(P('<b>Durée du traitement.</b> Celle de l\'expérimentation, soit trois ans, à prolonger selon '
                   'les résultats observés.'))
    story.append(P('<b>Si vous avez pris plus d\'ALLIANCE 17 que vous n\'auriez dû.</b> Aucun surdosage '
                   'n\'est connu. Des réunions un peu plus longues que prévu ont été signalées.'))
    story.append(P('<b>Si vous oubliez de prendre ALLIANCE 17.</b> Ne doublez pas la dose suivante ; '
                   'reprenez contact avec vos partenaires dès que possible.'))
    story.append(P('4. QUELS SONT LES EFFETS INDÉSIRABLES ÉVENTUELS ?', h1))
    story.append(P('Comme toute démarche collective, ALLIANCE 17 peut provoquer des effets indésirables, '
                   'mais ils ne surviennent pas systématiquement chez tout le monde.'))
    for t in ['<b>Fréquents :</b> envie de recommencer ; apparition de nouveaux contacts dans le carnet '
              'd\'adresses.',
              '<b>Peu fréquents :</b> impression de perdre du temps pendant les premières réunions ; '
              'disparaît généralement ensuite.',
              '<b>Rares :</b> agacement devant les sigles. Un lexique est disponible auprès de votre '
              'catalyseur.',
              '<b>Fréquence indéterminée :</b> confiance accrue entre voisins, entre élus et entre '
              'entreprises du même bassin.']:
        story.append(P('• ' + t, bul))
    story.append(P('<b>Déclaration des effets secondaires.</b> Signalez tout effet inattendu à votre réseau '
                   'local : ces retours servent à améliorer la méthode.'))
    story.append(P('5. COMMENT CONSERVER ALLIANCE 17 ?', h1))
    story.append(P('Tenir hors de la portée des silos. À conserver à température ambiante, dans un lieu où '
                   'l\'on se parle. N\'utilisez pas ALLIANCE 17 après la date de péremption : il n\'en a pas. '
                   'Ne jetez aucune alliance ; transmettez-la.'))
    story.append(P('6. CONTENU DE L\'EMBALLAGE ET AUTRES INFORMATIONS', h1))
    story.append(P('<b>Ce que contient ALLIANCE 17.</b> La substance active est la confiance. Les autres '
                   'composants sont : le temps partagé, l\'écoute et la méthode.'))
    story.append(P('<b>Aspect et présentation.</b> Comprimé sécable, en boîte de trois axes : innovation, '
                   'performance, confiance — les trois indicateurs suivis par le programme IMPACT.'))
    story.append(P('<b>Titulaire.</b> Maison des Solidarités Partagées (association fictive), 12 rue du Lien, '
                   '00000 Quelque-Part.'))
    story.append(P('<b>Exploitant.</b> Chacun des partenaires, à parts égales.'))
    story.append(P('<b>Informations réservées aux professionnels du lien.</b> Les fondations qui souhaitent '
                   'se situer peuvent consulter la fiche acteur « Dynamique d\'engagement des Fondations ». '
                   'Les ressources M.E.D.O.C. restent accessibles sur www.odd17.org.', boxs))
    story.append(P('RÉCAPITULATIF POUR LE PHARMACIEN DU LIEN', h1))
    story.append(P('Les deux tableaux ci-dessous reprennent, sous forme de posologie, les repères donnés '
                   'dans les rubriques 1 à 3. Ils ne remplacent pas la lecture de la notice.'))
    cs = st('tc', 'DVC', sz - 0.4, (sz - 0.4) * 1.25)
    cb = st('tcb', 'DVC-B', sz - 0.4, (sz - 0.4) * 1.25, TA_RIGHT)
    ch = st('tch', 'DVC-B', sz - 0.4, (sz - 0.4) * 1.25, TA_LEFT, color=colors.white)
    from reportlab.platypus import Table, TableStyle

    def tab(title, rows):
        data = [[P(title, ch), P('', ch)]] + [[P(a, cs), P(b, cb)] for a, b in rows]
        t = Table(data, colWidths=[cw * 0.62, cw * 0.38])
        t.setStyle(TableStyle([('SPAN', (0, 0), (1, 0)), ('BACKGROUND', (0, 0), (-1, 0), RED),
                               ('GRID', (0, 1), (-1, -1), 0.4, GREY), ('BOX', (0, 0), (-1, -1), 0.8, RED),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                               ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#fbeeee')])]))
        return t
    story.append(Spacer(1, 4))
    story.append(tab('Composition qualitative et quantitative',
                     [('Dotation du Fonds ODD 17', '1,5 M€'), ('Durée de l\'expérimentation', '3 ans'),
                      ('Catalyseurs territoriaux', '350'), ('Cibles de l\'ODD 17', '19'),
                      ('Mesures de la feuille de route ministérielle', '21')]))
    story.append(Spacer(1, 10))
    story.append(tab('Calendrier du cadre réglementaire',
                     [('Mission confiée lors du FNAF', '2019'), ('Remise du rapport de mission', '7 mai 2020'),
                      ('Présentation du bilan', '17 octobre 2020'),
                      ('Dépôt de la proposition de loi', 'en février')]))
    story.append(Spacer(1, 10))
    story.append(P('<b>Pictogrammes utilisés sur la boîte.</b> ⚠ ne pas prendre seul · ☂ à conserver à l\'abri '
                   'des silos · ✓ compatible avec les alliances existantes · ★ à partager sans modération.',
                   boxs))
    doc.build(story)


# ---------------------------------------------------------------------------
# 05 - Bon de commande de publications, rempli a la main (cases, quantites manuscrites)
# ---------------------------------------------------------------------------
GREEN = colors.HexColor('#2f6b3a')
INK = colors.HexColor('#1c3fa8')
BC_COLS = [20, 38, 262, 74, 60, 45]
BC_X = 48
ORDERS = [
    ('R-01', 'Rapport quinquennal de l\'Observatoire — programme ARPEA',
     'Bilan des cinq premières années d\'études. Le sigle y est développé en toutes lettres : « Analyse des '
     'Relations et des Partenariats entre Entreprises et Associations » ; le programme comptait 10 volets. '
     'Repère cité : près de 46 % des associations engagées avec une entreprise. La quatrième de couverture, '
     'reproduite telle quelle, commence ainsi : « Créé en 2007, l\'Observatoire national des partenariats '
     'associations / entreprises… ».', '11 décembre 2012', 'papier', '1'),
    ('R-02', 'ARPEA Entreprises & Territoires',
     'Enquête auprès des entreprises : 21 % développent des partenariats avec des associations, 33 % '
     'souhaitent le faire et 46 % ne le souhaitent pas. La page de garde reprend la même présentation de '
     'l\'Observatoire, « créé en 2007 ».', 'janvier 2011', 'PDF', ''),
    ('R-03', 'PHARE-Citoyens',
     'Le regard des Français sur les alliances, à partir de plus de 2 000 personnes interrogées. Notes sur 10 '
     'par enjeu : emploi 7,1 ; pouvoir d\'achat 6,6 ; développement économique 6,5 ; sécurité 7/10 ; '
     'environnement et exclusion 6,3.', 'septembre 2015', 'PDF', '2'),
    ('R-04', 'Note de synthèse sur les modèles de co-construction',
     'Repères chiffrés de la note : 37 % des entreprises de 10 salariés et plus ; 38 % des associations, '
     'et 53 % parmi les associations employeuses ; 65 % des pionniers.', '29 février 2016', 'PDF', ''),
    ('R-05', 'PHARE-Institutions',
     'Le regard des maires sur la co-construction ; l\'étude propose une typologie en 5 profils de maires.',
     '29 novembre 2016', 'papier', ''),
    ('R-06', 'Associations & Partenariats (Recherches & Solidarités et Le RAMEAU)',
     'Enquête conduite en mai-juin 2016 auprès de plus de 1 380 responsables associatifs. Une association '
     'compte en moyenne 2,5 partenaires. Partenaires cités : collectivités 74 %, associations et fondations '
     '72 %, enseignement 47 %, entreprises 28 %, insertion 22 %, recherche 9 %. La moitié (50 %) des '
     'associations de plus de 150 000 € de budget ont un partenariat avec une entreprise, contre 20 % de '
     'celles de moins de 10 000 €.', 'mars 2017', 'papier', '1'),
    ('R-07', 'IMPACT – Associations & Territoires',
     'Panorama des 148 000 associations employeuses, dont 98 % ont des partenariats. Partenaires : '
     'collectivités 89 %, structures d\'intérêt général 73 %, établissements scolaires 70 %, collectifs '
     'd\'associations 56 %, acteurs publics nationaux 52 %, fédérations professionnelles 37 %, acteurs '
     'académiques 35 %. Échelle des partenariats : locale 73 %, régionale 47 %. Formes : mécénat 75 %, '
     'innovation sociétale 73 %, pratiques responsables 70 %, coopération économique 58 %.', '—', 'PDF', '3'),
    ('R-08', 'IMPACT – Fondations & Territoires',
     'Étude fondée sur 42 fondations interrogées ; elle éclaire leur rôle dans les dynamiques locales.',
     '23 septembre', 'PDF', ''),
    ('R-09', 'Fiche-repère « Les dynamiques d\'engagement des Collectivités territoriales »',
     'Fiche de deux pages tirée de l\'étude IMPACT-Élus locaux (novembre 2020, Comisis-OpinionWay).',
     '—', 'fiche', ''),
    ('R-10', '11e rapport régional de l\'Observatoire — Normandie',
     'Sorti au terme d\'un mois chargé : dossier de JURIS Associations n° 628 le 15 novembre, 3e dîner « Élus '
     '& Entreprises » le 23 novembre, puis 5e webinaire « l\'ODD 17 en pratique » le jour même de la '
     'publication du rapport.', '26 novembre', 'papier', '1'),
    ('R-11', 'Charte du faire alliance (dépliant)',
     'Dépliant de présentation de la charte, dévoilée le mardi 30 septembre à l\'occasion du Giving Tuesday, '
     'à Saint-Maurice.', '30 septembre', 'dépliant', '2'),
    ('R-12', 'IMPACTS & TRAJECTOIRES – Élus locaux',
     'Enquête téléphonique auprès de 302 maires ; 91 % d\'entre eux voient leur territoire en mouvement.',
     'novembre 2024', 'PDF', ''),
]


def bc_frame(c, printed, cont):
    text(c, BC_X, H - 52, 'CRVA', 'DV-B', 26, GREEN)
    text(c, BC_X, H - 66, 'Centre de ressources de la vie associative', 'DV', 8, GREEN)
    text(c, BC_X, H - 77, 'Grand Ouest · structure fictive', 'DV-I', 7.5, GREY)
    text(c, W - 48, H - 44, 'BON DE COMMANDE' + (' (suite)' if cont else ''), 'DV-B', 15, colors.black,
         'right')
    text(c, W - 48, H - 60, 'Publications sur les partenariats · sélection 2011-2024', 'DV', 8.5,
         colors.black, 'right')
    text(c, W - 48, H - 72, 'Envoi gratuit dans la limite de 3 exemplaires par titre', 'DV-I', 7.5, GREY,
         'right')
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.5)
    c.line(BC_X, H - 86, W - 48, H - 86)
    c.setLineWidth(0.5)
    c.setStrokeColor(GREY)
    c.line(BC_X, 50, W - 48, 50)
    text(c, BC_X, 38, 'CRVA Grand Ouest (fictif) · www.crva-grandouest.fr/commandes · catalogue des centres '
         'de ressources, édition de démonstration', 'DV', 6.6, GREY)
    text(c, BC_X, 29, 'Titres décrits d\'après les publications du RAMEAU et de l\'Observatoire des '
         'partenariats.', 'DV', 6.6, GREY)
    text(c, W - 48, 32, '— %d —' % printed, 'DV-B', 9, GREEN, 'right')


def bc_head(c, y):
    hs = st('bh', 'DV-B', 7.8, 9.5, TA_CENTER, color=colors.white)
    labels = ['', 'Réf.', 'Titre et présentation', 'Paru le', 'Support', 'Qté']
    c.setFillColor(GREEN)
    c.rect(BC_X, y - 18, sum(BC_COLS), 18, stroke=0, fill=1)
    xx = BC_X
    for w_, lab in zip(BC_COLS, labels):
        para(c, lab, xx + 2, y - 4, w_ - 4, hs)
        xx += w_
    return y - 18


def bc_rows(c, y, rows):
    ts = st('bt', 'DV-B', 8.8, 11)
    ds = st('bd', 'DV', 8.3, 10.6, TA_JUSTIFY)
    cs = st('bc', 'DV', 7.8, 9.8, TA_CENTER)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    for ref, title, desc, date, sup, qty in rows:
        tw = BC_COLS[2] - 8
        h = para_h(title, tw, ts) + para_h(desc, tw, ds) + 12
        h = max(h, 34)
        top = y
        xx = BC_X
        # case a cocher
        text(c, xx + 4, top - 15, '☐', 'DV', 11)
        if qty:
            text(c, xx + 5.5, top - 13.5, '✗', 'DV-B', 10, INK)
        xx += BC_COLS[0]
        text(c, xx + 4, top - 13, ref, 'DVM-B', 7.8)
        xx += BC_COLS[1]
        hh = para(c, title, xx + 4, top - 4, tw, ts)
        para(c, desc, xx + 4, top - 6 - hh, tw, ds)
        xx += BC_COLS[2]
        para(c, date, xx + 3, top - 5, BC_COLS[3] - 6, cs)
        xx += BC_COLS[3]
        para(c, sup, xx + 3, top - 5, BC_COLS[4] - 6, cs)
        xx += BC_COLS[4]
        # quantite manuscrite, legerement penchee
        c.setStrokeColor(GREY)
        c.rect(xx + 10, top - 24, 24, 17)
        if qty:
            c.saveState()
            c.translate(xx + 17, top - 20)
            c.rotate(8)
            c.setFont('DVS-BI', 13)
            c.setFillColor(INK)
            c.drawString(0, 0, qty)
            c.restoreState()
        y = top - h
        c.line(BC_X, y, BC_X + sum(BC_COLS), y)
        xx = BC_X
        for w_ in BC_COLS[:-1]:
            xx += w_
            c.line(xx, top, xx, y)
        c.line(BC_X, top, BC_X, y)
        c.line(BC_X + sum(BC_COLS), top, BC_X + sum(BC_COLS), y)
    return y


def doc_bon(path):
    c = new_canvas(path, 'Bon de commande — publications sur les partenariats (CRVA, fictif)',
                   'Bon de commande rempli à la main')
    body = st('b', 'DV', 8.5, 11, TA_JUSTIFY)
    # page 1
    bc_frame(c, 54, False)
    y = H - 102
    y -= para(c, 'Cochez les titres souhaités et indiquez le nombre d\'exemplaires. Les dates de parution '
              'sont celles des éditions décrites ; quand une publication ne porte pas de date, la colonne '
              'affiche un tiret. Les présentations reprennent, entre guillemets, les formules imprimées sur '
              'les documents d\'origine, même lorsqu\'elles ont été corrigées depuis.', BC_X, y, W - 96,
              body) + 10
    y = bc_head(c, y)
    y = bc_rows(c, y, ORDERS[0:5])
    y -= 12
    text(c, BC_X, y, 'Suite du catalogue au verso ▸', 'DV-I', 8, GREY)
    # annotation manuscrite en marge
    c.saveState()
    c.translate(BC_X + 300, y - 6)
    c.rotate(3)
    c.setFont('DVS-BI', 10)
    c.setFillColor(INK)
    c.drawString(0, 0, fr('→ pour le CA de juin, merci !'))
    c.restoreState()
    c.showPage()
    # page 2
    bc_frame(c, 55, True)
    y = H - 102
    y = bc_head(c, y)
    y = bc_rows(c, y, ORDERS[5:9])
    y -= 12
    text(c, BC_X, y, 'Suite et coordonnées au verso ▸', 'DV-I', 8, GREY)
    c.showPage()
    # page 3
    bc_frame(c, 56, True)
    y = H - 102
    y = bc_head(c, y)
    y = bc_rows(c, y, ORDERS[9:12])
    y -= 22
    text(c, BC_X, y, 'VOS COORDONNÉES', 'DV-B', 10, GREEN)
    y -= 8
    fields = [('Nom et prénom', 'Hélène Garnier (personne fictive)'),
              ('Structure', 'Association Les Jardins du Coteau (fictive)'),
              ('Adresse', '4 chemin des Vergers, 00000 Exemple-sur-Loire'),
              ('Courriel', 'contact@jardins-du-coteau.example'),
              ('Usage prévu', 'formation des administrateurs bénévoles')]
    for lab, val in fields:
        y -= 20
        text(c, BC_X, y, lab + ' :', 'DV', 8.5)
        c.setDash(1, 2)
        c.setStrokeColor(GREY)
        c.line(BC_X + 95, y - 2, W - 48, y - 2)
        c.setDash()
        c.saveState()
        c.translate(BC_X + 100, y + 1)
        c.rotate(1)
        c.setFont('DVS-BI', 10.5)
        c.setFillColor(INK)
        c.drawString(0, 0, fr(val))
        c.restoreState()
    y -= 26
    text(c, BC_X, y, 'Total des exemplaires demandés :', 'DV-B', 9)
    c.rect(BC_X + 175, y - 6, 40, 18)
    text(c, BC_X + 185, y - 1, '10', 'DVS-BI', 12, INK)
    text(c, BC_X + 260, y, 'Signature :', 'DV', 8.5)
    c.saveState()
    c.translate(BC_X + 320, y - 4)
    c.rotate(6)
    c.setFont('DVS-BI', 14)
    c.setFillColor(INK)
    c.drawString(0, 0, 'H. Garnier')
    c.restoreState()
    y -= 30
    c.setFillColor(colors.HexColor('#eef4ee'))
    c.rect(BC_X, y - 58, W - 96, 58, stroke=0, fill=1)
    c.setFillColor(colors.black)
    para(c, '<b>Conditions.</b> Envoi sous quinze jours, dans la limite des stocks. Les fichiers PDF sont '
         'envoyés par courriel. <b>Données personnelles :</b> vos coordonnées servent uniquement au '
         'traitement de cette commande et sont effacées au bout d\'un an ; vous pouvez demander leur '
         'rectification à l\'adresse du centre.', BC_X + 8, y - 6, W - 112, st('c5', 'DV', 7.8, 10))
    y -= 78
    text(c, BC_X, y, '✂ ' + '- ' * 60, 'DV', 8, GREY)
    y -= 16
    text(c, BC_X, y, 'Partie réservée au CRVA — reçu le : ____ / ____ · traité par : ________ · '
         'expédié le : ____ / ____', 'DVM', 7.5, GREY)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 06 - Curriculum vitae a colonne laterale (dates en gouttiere, encadres de la barre laterale)
# ---------------------------------------------------------------------------
SAND = colors.HexColor('#f1ede4')
PLUM = colors.HexColor('#6b2d5c')
SB_W = 188


def cv_frame(c, printed):
    c.setFillColor(SAND)
    c.rect(0, 0, SB_W, H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(SB_W + 20, 46, W - 36, 46)
    text(c, SB_W + 20, 35, 'Atelier « Présentez votre partenaire comme un candidat » · Forum des '
         'associations (fictif)', 'DV', 6.5, GREY)
    text(c, SB_W + 20, 26, 'CV fictif rédigé à partir de faits publiés · www.alliances-valdeloire.fr/forum',
         'DV', 6.5, GREY)
    text(c, W - 36, 30, '— %d —' % printed, 'DV-B', 9, PLUM, 'right')


def sb_section(c, y, title, items, size=8.2):
    text(c, 20, y, title, 'DV-B', 9, PLUM)
    c.setStrokeColor(PLUM)
    c.setLineWidth(0.8)
    c.line(20, y - 4, SB_W - 18, y - 4)
    y -= 10
    s_ = st('sb', 'DV', size, size * 1.3)
    for it in items:
        y -= para(c, it, 20, y, SB_W - 38, s_) + 4
    return y - 18


def cv_entry(c, y, when, title, desc, x0=SB_W + 20):
    text(c, x0, y - 10, when, 'DV-B', 8.8, PLUM)
    xm = x0 + 78
    wm = W - 36 - xm
    h = para(c, title, xm, y, wm, st('et', 'DV-B', 9.5, 12))
    h += para(c, desc, xm, y - h - 2, wm, st('ed', 'DV', 9.2, 12, TA_JUSTIFY))
    return y - h - 18


def section_title(c, y, title):
    text(c, SB_W + 20, y, title, 'DV-B', 11, PLUM)
    c.setStrokeColor(PLUM)
    c.setLineWidth(1)
    c.line(SB_W + 20, y - 5, W - 36, y - 5)
    return y - 20


def doc_cv(path):
    c = new_canvas(path, 'Curriculum vitae — Observatoire des partenariats (atelier)',
                   'CV parodique d\'une organisation')
    # ---------------- page 1
    cv_frame(c, 3)
    c.setFillColor(PLUM)
    c.circle(SB_W / 2, H - 90, 46, stroke=0, fill=1)
    text(c, SB_W / 2, H - 98, 'OdP', 'DVS-B', 24, colors.white, 'center')
    y = H - 165
    y = sb_section(c, y, 'IDENTITÉ', [
        '<b>Date de naissance :</b> 2008',
        '<b>Parents :</b> la Caisse des Dépôts et Le RAMEAU',
        '<b>Accompagné par :</b> le MEDEF et le Mouvement associatif',
        '<b>Adresse :</b> observatoire-des-partenariats.fr'])
    y = sb_section(c, y, 'DIRECTION SCIENTIFIQUE', [
        'Anne Robin, fondatrice de COMISIS, qui exerce cette fonction bénévolement.'])
    y = sb_section(c, y, 'LANGUES', [
        'Français : langue maternelle',
        'Co-construction : courant',
        'Sigles : bilingue (ARPEA, PHARE, IMPACT)'])
    y = sb_section(c, y, 'RÉFÉRENCES', [
        '<b>Charles-Benoît Heidsieck</b><br/>président-fondateur du RAMEAU',
        '<b>Laurence Weber</b><br/>directrice générale du RAMEAU',
        '<i>Coordonnées communiquées sur demande.</i>'])
    # colonne principale
    text(c, SB_W + 20, H - 70, 'OBSERVATOIRE', 'DV-B', 24, colors.black)
    text(c, SB_W + 20, H - 96, 'DES PARTENARIATS', 'DV-B', 24, colors.black)
    text(c, SB_W + 20, H - 116, 'Observateur des alliances entre associations, entreprises et collectivités',
         'DV-I', 9.5, PLUM)
    y = H - 146
    y = section_title(c, y, 'PROFIL')
    y -= para(c, 'Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le '
              'Mouvement associatif, je mesure comment les associations, les entreprises et les pouvoirs '
              'publics travaillent ensemble, et ce que ces alliances changent sur les territoires. Mes '
              'travaux s\'organisent en plans quinquennaux successifs.', SB_W + 20, y, W - 56 - SB_W,
              st('p', 'DV', 9, 12, TA_JUSTIFY)) + 16
    y = section_title(c, y, 'EXPÉRIENCE')
    y = cv_entry(c, y, '2018 – 2022', 'Programme IMPACT — troisième plan quinquennal',
                 'Lancé en novembre 2017. Trois axes de travail : l\'innovation sociétale et territoriale, la '
                 'performance des organisations et la confiance. Études par public : associations, '
                 'fondations, élus locaux.')
    y = cv_entry(c, y, '2013 – 2017', 'Programme PHARE — deuxième plan quinquennal',
                 'Enquêtes auprès des citoyens, des entreprises, des associations et des institutions, '
                 'complétées par des rapports régionaux et des diagnostics sectoriels.')
    y = cv_entry(c, y, 'début 2014', 'Rapport d\'état des lieux pour le ministère',
                 'À la demande de la ministre Valérie Fourneyron, état des lieux des partenariats entre '
                 'associations et entreprises, publié au début de l\'année 2014.')
    y = cv_entry(c, y, '2008 – 2012', 'Programme ARPEA — premier plan quinquennal',
                 'ARPEA pour « Analyser les Relations Partenariales entre Entreprises et Associations ». '
                 'Premier cycle d\'études, clos par un rapport quinquennal.')
    c.showPage()

    # ---------------- page 2
    cv_frame(c, 4)
    y = H - 60
    text(c, 20, y, 'EN CHIFFRES', 'DV-B', 9, PLUM)
    y -= 16
    for big, small in [('2006', 'création du RAMEAU'), ('2008', 'création de l\'Observatoire'),
                       ('+ 500', 'organisations impliquées dans les expérimentations du RAMEAU'),
                       ('+ 1 000', 'exemples inspirants recensés')]:
        c.setFillColor(colors.white)
        c.setStrokeColor(PLUM)
        c.roundRect(20, y - 62, SB_W - 40, 62, 6, stroke=1, fill=1)
        c.setFillColor(colors.black)
        text(c, 30, y - 24, big, 'DV-B', 18, PLUM)
        para(c, small, 30, y - 30, SB_W - 60, st('sm', 'DV', 7.8, 9.6))
        y -= 74
    y -= 6
    y = sb_section(c, y, 'CENTRES D\'INTÉRÊT', [
        'L\'ODD 17 et les alliances d\'intérêt général',
        'Les territoires et leurs élus',
        'Les données au service de l\'action'])
    text(c, SB_W + 20, H - 60, 'OBSERVATOIRE DES PARTENARIATS — suite', 'DV-B', 12, colors.black)
    y = H - 90
    y = section_title(c, y, 'STRUCTURE DE RATTACHEMENT : LE RAMEAU')
    y = cv_entry(c, y, '2006', 'Création du RAMEAU',
                 'Association d\'intérêt général, Le RAMEAU se décrit comme un « laboratoire de recherche '
                 'empirique », et parfois comme un « laboratoire d\'innovations partenariales ». Il s\'est '
                 'donné trois missions, dont celle de témoigner.')
    y = cv_entry(c, y, 'depuis 2006', 'Expérimentations de terrain',
                 'Le RAMEAU mène des expérimentations auprès de plus de 500 organisations.')
    y = cv_entry(c, y, 'bilan', 'Quinze ans de recherche',
                 '15 ans de recherche et 5 ans d\'étude d\'impact ; plus de 1 000 exemples inspirants '
                 'recensés.')
    y = cv_entry(c, y, '18 mois', 'Parcours d\'expérience avec le CGET',
                 'Parcours conduit par le CGET et Le RAMEAU avec 11 territoires pionniers, sur 18 mois. '
                 'La 1re session s\'est tenue le 3 mai.')
    y -= 6
    y = section_title(c, y, 'FORMATIONS SUIVIES')
    y = cv_entry(c, y, 'en continu', 'Apprentissage par les territoires',
                 'Chaque enquête nourrit la suivante : les résultats d\'un plan quinquennal servent de point '
                 'de départ au plan suivant.')
    y -= 6
    y = section_title(c, y, 'DISPONIBILITÉ')
    para(c, 'Immédiate, pour tout territoire qui souhaite faire alliance. Mobilité : France entière. '
         'Permis de conduire : non requis, le covoiturage suffit.', SB_W + 20, y, W - 56 - SB_W,
         st('p2', 'DV', 9, 12, TA_JUSTIFY))
    c.showPage()
    c.save()


DOCS = [
    ('obs-s85-01-bulletin-scolaire.pdf', doc_bulletin),
    ('obs-s85-02-meteo-alliances.pdf', doc_meteo),
    ('obs-s85-03-piece-de-theatre.pdf', doc_theatre),
    ('obs-s85-04-notice-alliance.pdf', doc_notice),
    ('obs-s85-05-bon-de-commande.pdf', doc_bon),
    ('obs-s85-06-curriculum-vitae.pdf', doc_cv),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for fn, f in DOCS:
        f(os.path.join(out, fn))
        print('écrit', fn)


if __name__ == '__main__':
    main()
