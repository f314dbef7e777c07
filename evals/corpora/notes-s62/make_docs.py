#!/usr/bin/env python3
"""Génère les 6 PDF du jeu s62 (corpus de démonstration, faits tirés de facts.md).

Usage : python make_docs.py [dossier_sortie]   (par défaut : le dossier du script)

Formes : 01 pages de notes d'un diaporama 16:9 ; 02 brochure pliée en trois ;
03 annexe méthodologique d'enquête ; 04 note de synthèse numérotée ;
05 portrait de territoire avec carte schématique ; 06 entretien Q/R.
Police DejaVu Sans, pas de césure, rl_config.invariant = 1 (sorties reproductibles).
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
addMapping('DV', 0, 0, 'DV')
addMapping('DV', 1, 0, 'DV-B')
addMapping('DV', 0, 1, 'DV-I')
addMapping('DV', 1, 1, 'DV-BI')

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NB = '\u00a0'  # espace insécable (les nombres et les « % » ne sont jamais coupés)

INK = colors.HexColor('#1f2a36')
TEAL = colors.HexColor('#0f6e6e')
TEAL_L = colors.HexColor('#d9efec')
ORANGE = colors.HexColor('#c8611b')
ORANGE_L = colors.HexColor('#fbe6d4')
GREY = colors.HexColor('#6b7580')
GREY_L = colors.HexColor('#eef0f2')
PLUM = colors.HexColor('#5b3a6e')


def S(name, size=9.5, lead=None, font='DV', color=INK, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          textColor=color, alignment=align, splitLongWords=0,
                          hyphenationLang=None, **kw)


BODY = S('body', 9.3, 12.6, spaceAfter=4)
BODY_S = S('bodys', 8.4, 11.2, spaceAfter=3)
SMALL = S('small', 7.4, 9.6, color=GREY)
NOTE = S('note', 7.6, 10.0, spaceAfter=2.5)
H1 = S('h1', 15, 19, font='DV-B', color=TEAL, spaceAfter=6)
H2 = S('h2', 11, 14, font='DV-B', color=TEAL, spaceBefore=6, spaceAfter=3, keepWithNext=1)
H3 = S('h3', 9.6, 12.5, font='DV-B', color=INK, spaceBefore=4, spaceAfter=2, keepWithNext=1)
BUL = S('bul', 9.0, 12.0, leftIndent=10, bulletIndent=1, spaceAfter=2)
BUL_S = S('buls', 8.2, 10.8, leftIndent=9, bulletIndent=1, spaceAfter=1.5)
CELL = S('cell', 7.9, 10.0)
CELL_B = S('cellb', 7.9, 10.0, font='DV-B', color=colors.white)


def n(s):
    """Remplace les espaces entre chiffres / devant % et € par des insécables."""
    import re
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r'(?<=\d) (?=%|€|M€|points|pts)', NB, s)
    s = s.replace('« ', '«' + NB).replace(' »', NB + '»')
    for p in (':', ';', '?', '!'):
        s = s.replace(' ' + p, NB + p)
    return s


def para(c, text, style, x, ytop, w):
    p = Paragraph(n(text), style)
    _, h = p.wrap(w, 10000)
    p.drawOn(c, x, ytop - h)
    return ytop - h


def fill_frame(c, flows, x, y, w, h, pad=0, show=False):
    f = Frame(x, y, w, h, leftPadding=pad, rightPadding=pad, topPadding=pad, bottomPadding=pad,
              showBoundary=show)
    rest = list(flows)
    f.addFromList(rest, c)
    if rest:
        raise SystemExit('débordement de cadre : %s' % getattr(rest[0], 'text', rest[0].__class__.__name__)[:80])


def bullets(items, style=BUL, sym='•'):
    return [Paragraph(n(t), style, bulletText=sym) for t in items]


def new_canvas(name, size, title, subject):
    path = os.path.join(OUT, name)
    c = canvas.Canvas(path, pagesize=size, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats (corpus de démonstration)')
    c.setSubject(subject)
    c.setCreator('make_docs.py s62')
    return c


# ---------------------------------------------------------------------------
# 01 — Pages de notes d'un diaporama 16:9
# ---------------------------------------------------------------------------
def slide_frame(c, x, y, w, h, num, total, title, kicker):
    c.setFillColor(colors.white)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.8)
    c.rect(x, y, w, h, stroke=1, fill=1)
    # bandeau titre de la diapositive
    c.setFillColor(TEAL)
    c.rect(x, y + h - 17 * mm, w, 17 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV', 7)
    c.drawString(x + 6 * mm, y + h - 6 * mm, kicker)
    c.setFont('DV-B', 13.5)
    c.drawString(x + 6 * mm, y + h - 13 * mm, title)
    # pied de diapositive
    c.setFillColor(GREY)
    c.setFont('DV', 6.3)
    c.drawString(x + 6 * mm, y + 3.2 * mm, 'observatoire-des-partenariats.fr')
    c.drawRightString(x + w - 6 * mm, y + 3.2 * mm, 'Diapositive %d / %d' % (num, total))
    c.setStrokeColor(ORANGE)
    c.setLineWidth(2)
    c.line(x + 6 * mm, y + 7.5 * mm, x + 26 * mm, y + 7.5 * mm)


def big_figure(c, x, y, w, value, label, color=TEAL, vsize=22, lsize=7.6):
    c.setFillColor(color)
    c.setFont('DV-B', vsize)
    c.drawCentredString(x + w / 2, y, value)
    st = S('bf', lsize, lsize * 1.25, align=TA_CENTER)
    para(c, label, st, x, y - 4 * mm, w)


def notes_page(c, page_no, slide_no, total, title, kicker, draw_content, notes):
    W, H = A4
    # bandeau courant
    c.setFillColor(INK)
    c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV-B', 8.5)
    c.drawString(18 * mm, H - 8.8 * mm, 'SUPPORT D’INTERVENTION · PAGES DE NOTES DE L’ORATEUR')
    c.setFont('DV', 7.5)
    c.drawRightString(W - 18 * mm, H - 8.8 * mm, 'Programme IMPACT · Observatoire des partenariats')
    sx, sw = 20 * mm, W - 40 * mm
    sh = sw * 9 / 16
    sy = H - 22 * mm - sh
    slide_frame(c, sx, sy, sw, sh, slide_no, total, title, kicker)
    draw_content(c, sx, sy, sw, sh)
    # zone de notes
    ny = sy - 9 * mm
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(20 * mm, ny + 4 * mm, W - 20 * mm, ny + 4 * mm)
    c.setFillColor(ORANGE)
    c.setFont('DV-B', 7.5)
    c.drawString(20 * mm, ny, 'NOTES DE L’ORATEUR — diapositive %d' % slide_no)
    flows = [Paragraph(n(t), NOTE) for t in notes]
    fill_frame(c, flows, 20 * mm, 22 * mm, W - 40 * mm, ny - 3 * mm - 22 * mm)
    # pied de page
    c.setFillColor(GREY)
    c.setFont('DV', 7)
    c.drawString(18 * mm, 12 * mm, 'Document de travail — diffusion interne aux intervenants')
    c.drawRightString(W - 18 * mm, 12 * mm, 'Cahier de l’orateur — page %d' % page_no)
    c.showPage()


def doc01():
    c = new_canvas('obs-s62-01-diaporama-impact.pdf', A4,
                   'Programme IMPACT — pages de notes de l’orateur', 'diaporama 16:9 avec notes')
    total = 7

    def s2(c, x, y, w, h):
        top = y + h - 22 * mm
        items = [
            '<b>Période couverte :</b> 2018-2022, troisième plan quinquennal de l’Observatoire, '
            'après ARPEA (2008-2012) et PHARE',
            '<b>Lancement :</b> novembre 2017',
            '<b>Mené avec :</b> la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, '
            'la Fondation TOTAL et Le RAMEAU',
        ]
        fill_frame(c, bullets(items, BUL_S), x + 6 * mm, y + 40 * mm, w * 0.58, top - (y + 40 * mm))
        # trois pastilles d'axes
        labels = ['Innovation sociétale\net territoriale', 'Performance\ndes organisations', 'Confiance']
        cw = (w - 12 * mm - 8 * mm) / 3
        for i, lab in enumerate(labels):
            bx = x + 6 * mm + i * (cw + 4 * mm)
            c.setFillColor(TEAL_L if i != 1 else ORANGE_L)
            c.roundRect(bx, y + 11 * mm, cw, 24 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColor(TEAL if i != 1 else ORANGE)
            c.setFont('DV-B', 15)
            c.drawCentredString(bx + cw / 2, y + 26 * mm, 'Axe %d' % (i + 1))
            c.setFillColor(INK)
            c.setFont('DV', 7.6)
            for k, line in enumerate(lab.split('\n')):
                c.drawCentredString(bx + cw / 2, y + 20.5 * mm - k * 3.4 * mm, line)
        c.setFillColor(GREY)
        c.setFont('DV-I', 7)
        c.drawString(x + w * 0.64, top - 4 * mm, 'Trois axes d’évaluation')
        c.setFont('DV', 7)
        c.drawString(x + w * 0.64, top - 8 * mm, 'pour mesurer ce que')
        c.drawString(x + w * 0.64, top - 12 * mm, 'les alliances changent.')

    notes_page(c, 3, 2, total, 'IMPACT : le programme en un coup d’œil',
               'OBSERVATOIRE DES PARTENARIATS · PLAN QUINQUENNAL 2018-2022', s2, [
        'Ouvrir sur la continuité : IMPACT ne part pas de zéro. Il prolonge dix années d’observation, '
        'celles d’ARPEA puis de PHARE. Pour PHARE, les bornes ne sont pas les mêmes partout : '
        'selon les supports, le plan court de 2013 à 2018 ou de 2013 à 2017. Ne pas trancher à l’oral, '
        'signaler simplement l’écart.',
        'Le programme n’évalue pas un partenariat isolé. Il cherche à objectiver les effets des alliances '
        'sur trois registres : l’innovation sociétale et territoriale, la performance des organisations '
        'et la confiance. Certains supports de communication résument ces axes en trois « indicateurs » '
        '(innovation, performance, confiance) : c’est le même découpage, dit plus court.',
        'Sur la question des partenaires, s’en tenir à la liste affichée. Aucune clé de répartition '
        'financière n’est présentée dans ce support.',
        'Transition vers la diapositive suivante : « Que pensent les acteurs eux-mêmes de la valeur '
        'ajoutée des partenariats ? »',
    ])

    def s3(c, x, y, w, h):
        top = y + h - 24 * mm
        cw = (w - 12 * mm) / 4
        data = [('74 %', 'des Français'), ('81 %', 'des dirigeants\nd’entreprise'),
                ('86 %', 'des responsables\nassociatifs'), ('87 %', 'des maires')]
        for i, (v, lab) in enumerate(data):
            bx = x + 6 * mm + i * cw
            c.setFillColor(TEAL if i % 2 == 0 else ORANGE)
            c.setFont('DV-B', 23)
            c.drawCentredString(bx + cw / 2, top - 8 * mm, v.replace(' ', NB))
            c.setFillColor(INK)
            c.setFont('DV', 7.6)
            for k, line in enumerate(lab.split('\n')):
                c.drawCentredString(bx + cw / 2, top - 13 * mm - k * 3.4 * mm, line)
        c.setFillColor(INK)
        c.setFont('DV-B', 8.6)
        c.drawCentredString(x + w / 2, top - 25 * mm, 'considèrent les partenariats comme une source d’innovation')
        c.setFillColor(GREY_L)
        c.roundRect(x + 6 * mm, y + 10 * mm, w - 12 * mm, 17 * mm, 2 * mm, stroke=0, fill=1)
        st = S('enc', 8.2, 11)
        para(c, 'Zoom sur les maires : <b>76' + NB + '%</b> jugent leur territoire engagé dans la dynamique '
             'de co-construction… mais <b>46' + NB + '%</b> reconnaissent ne pas savoir comment la piloter.',
             st, x + 10 * mm, y + 24.5 * mm, w - 20 * mm)

    notes_page(c, 4, 3, total, 'Les partenariats, moteurs d’innovation',
               'CE QUE DISENT LES ACTEURS · RÉSULTATS DU PROGRAMME IMPACT', s3, [
        'Chiffre à manier avec précaution : la part des Français n’est pas la même partout. La page '
        'de présentation du programme donne 74 % des Français ; une reprise des mêmes résultats sur '
        'un site régional consacré à la co-construction affiche 69 % des citoyens. Les trois autres '
        'valeurs (81 %, 86 % et 87 %) sont identiques dans les deux versions. En cas de question, '
        'citer les deux chiffres et leur origine.',
        'Le zoom sur les maires sert de pivot : l’envie est là, l’outillage manque. Près d’un maire sur '
        'deux ne sait pas piloter la démarche, ce qui justifie les outils présentés plus loin '
        '(fiches-repères, plateforme de ressources).',
        'Éviter de confondre avec le « devoir d’alliance » (question différente, traitée diapositive 5).',
    ])

    def s5(c, x, y, w, h):
        top = y + h - 22 * mm
        lw = w * 0.5
        c.setFillColor(ORANGE_L)
        c.roundRect(x + 6 * mm, y + 11 * mm, lw - 9 * mm, top - y - 13 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.setFont('DV-B', 8)
        c.drawString(x + 10 * mm, top - 6 * mm, 'SORTIE DE CRISE')
        big_figure(c, x + 6 * mm, top - 17 * mm, (lw - 9 * mm) / 2, '81' + NB + '%', 'des Français', ORANGE, 20, 7.4)
        big_figure(c, x + 6 * mm + (lw - 9 * mm) / 2, top - 17 * mm, (lw - 9 * mm) / 2, '84' + NB + '%',
                   'des dirigeants de TPE & PME', ORANGE, 20, 7.4)
        para(c, 'jugent la co-construction utile pour rebondir après la Covid : « jouer collectif en sortie '
             'de crise ». Plus de 250 données ont été inventoriées pour éclairer l’action.',
             S('x', 7.6, 9.8), x + 10 * mm, top - 30 * mm, lw - 17 * mm)
        rx = x + lw + 2 * mm
        rw = w - lw - 8 * mm
        c.setFillColor(TEAL)
        c.setFont('DV-B', 8)
        c.drawString(rx, top - 6 * mm, 'DEVOIR, BESOIN, ENVIE D’ALLIANCE')
        rows = [('81' + NB + '%', 'des Français : un « devoir d’alliance »'),
                ('92' + NB + '%', 'des maires : un « besoin d’alliance »'),
                ('84' + NB + '%', 'des dirigeants d’entreprises : une « envie d’alliance »')]
        for k, (v, lab) in enumerate(rows):
            yy = top - 18 * mm - k * 13 * mm
            c.setFillColor(TEAL)
            c.setFont('DV-B', 17)
            c.drawString(rx, yy, v)
            para(c, lab, S('r', 7.6, 9.6), rx + 24 * mm, yy + 5 * mm, rw - 24 * mm)

    notes_page(c, 5, 5, total, 'Jouer collectif : des attentes massives',
               'DONNÉES POUR AGIR · APRÈS LA CRISE SANITAIRE', s5, [
        'Attention à la coïncidence : le nombre 81 % apparaît deux fois sur cette diapositive, pour deux '
        'questions différentes. À gauche, l’utilité de la co-construction pour la résilience après la '
        'Covid ; à droite, le sentiment d’un « devoir d’alliance ». De même, 84 % désigne à gauche les '
        'dirigeants de TPE et de PME, à droite les dirigeants d’entreprises en général.',
        'Les données inventoriées sont rassemblées dans une boîte à outils baptisée M.E.D.O.C., pour '
        'Méthodes, Exemples, Données, Outils, Compétences. Elle est accessible sur la plateforme '
        'www.odd17.org, à citer en fin d’intervention.',
        'Pour mémoire, le « devoir d’alliance » était mesuré à 69 % chez les Français en septembre 2015 '
        '(PHARE-Citoyens) : ne pas présenter l’écart avec 81 % comme une évolution mesurée sur un '
        'protocole identique.',
    ])

    def s6(c, x, y, w, h):
        top = y + h - 22 * mm
        cw = (w - 12 * mm) / 3
        figs = [('2020', 'année de co-création\ndu Fonds ODD 17'), ('1,5' + NB + 'M€', 'de dotation pour\nune expérimentation'),
                ('350', '« catalyseurs\nterritoriaux »')]
        for i, (v, lab) in enumerate(figs):
            bx = x + 6 * mm + i * cw
            c.setFillColor(TEAL_L)
            c.circle(bx + cw / 2, top - 13 * mm, 12 * mm, stroke=0, fill=1)
            c.setFillColor(TEAL)
            c.setFont('DV-B', 15)
            c.drawCentredString(bx + cw / 2, top - 15 * mm, v)
            c.setFillColor(INK)
            c.setFont('DV', 7.4)
            for k, line in enumerate(lab.split('\n')):
                c.drawCentredString(bx + cw / 2, top - 31 * mm - k * 3.3 * mm, line)
        para(c, 'Un fonds co-créé par <b>Le RAMEAU</b> et la <b>Fondation TotalEnergies</b>, pour expérimenter '
             'pendant <b>3 ans</b> la mise en œuvre de l’ODD 17 au plus près des territoires.',
             S('y', 8.2, 10.8, align=TA_CENTER), x + 14 * mm, y + 23 * mm, w - 28 * mm)

    notes_page(c, 6, 6, total, 'Fonds ODD 17 : passer à l’expérimentation',
               'EXPÉRIMENTER EN TERRITOIRE · FONDS ODD 17', s6, [
        'Rappeler ce qu’est l’ODD 17 : le dix-septième objectif de développement durable, celui des '
        'partenariats. Il se décline en 19 cibles, que détaille la note du Comité 21 « ODD 17 : Sens, '
        'décryptages, déclinaisons », présentée un 5 juillet.',
        'Bien nommer le partenaire : le fonds est co-créé avec la Fondation TotalEnergies. Dans la liste '
        'des partenaires du programme IMPACT (diapositive 2), l’intitulé retenu est « Fondation TOTAL ». '
        'Ne pas corriger l’une par l’autre : chaque document garde le nom en usage à sa date.',
        'La dotation de 1,5 M€ porte sur l’ensemble de l’expérimentation de trois ans ; aucun montant '
        'annuel n’est communiqué.',
        'Diapositive 7 (non reproduite dans ce cahier) : questions de la salle.',
    ])
    c.save()


# ---------------------------------------------------------------------------
# 02 — Brochure pliée en trois (A4 paysage, recto / verso)
# ---------------------------------------------------------------------------
def bubble(c, cx, cy, r, value, label_lines, col=TEAL, fill=TEAL_L, vsize=17):
    c.setFillColor(fill)
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(col)
    c.setFont('DV-B', vsize)
    c.drawCentredString(cx, cy - vsize * 0.35, value)
    c.setFillColor(INK)
    c.setFont('DV', 7.6)
    for k, line in enumerate(label_lines):
        c.drawCentredString(cx, cy - r - 4.2 * mm - k * 3.4 * mm, line)


def bar_list(c, x, ytop, w, rows, col=TEAL, maxv=100):
    y = ytop
    for lab, v in rows:
        c.setFillColor(INK)
        c.setFont('DV', 7.4)
        c.drawString(x, y, lab)
        c.setFillColor(GREY_L)
        c.rect(x, y - 3.6 * mm, w - 13 * mm, 2.2 * mm, stroke=0, fill=1)
        c.setFillColor(col)
        c.rect(x, y - 3.6 * mm, (w - 13 * mm) * v / maxv, 2.2 * mm, stroke=0, fill=1)
        c.setFont('DV-B', 7.6)
        c.drawRightString(x + w, y - 3.5 * mm, '%d%s%%' % (v, NB))
        y -= 8.2 * mm
    return y


def brochure_chrome(c, panel_nums, side):
    W, H = landscape(A4)
    pw = W / 3
    c.setStrokeColor(GREY)
    c.setLineWidth(0.3)
    c.setDash(2, 3)
    c.line(pw, 8 * mm, pw, H - 8 * mm)
    c.line(2 * pw, 8 * mm, 2 * pw, H - 8 * mm)
    c.setDash()
    c.setFont('DV', 6)
    c.setFillColor(GREY)
    for i, num in enumerate(panel_nums):
        c.drawCentredString(i * pw + pw / 2, 5 * mm, 'volet %d' % num)
    c.setFont('DV', 5.5)
    c.drawString(4 * mm, H - 5 * mm, 'BROCHURE 3 VOLETS — face %s — pli roulé' % side)
    return pw, W, H


def doc02():
    c = new_canvas('obs-s62-02-brochure-associations.pdf', landscape(A4),
                   'Associations : l’alliance au quotidien — brochure', 'brochure pliée en trois volets')
    # ---- face extérieure : volets 5 (rabat), 6 (dos), 1 (couverture)
    pw, W, H = brochure_chrome(c, [5, 6, 1], 'extérieure')
    m = 9 * mm
    # volet 5 : témoignages
    x0 = 0
    c.setFillColor(PLUM)
    c.setFont('DV-B', 11)
    c.drawString(x0 + m, H - 20 * mm, 'PAROLES D’ACTEURS')
    quotes = [
        ('« Sans la commune, notre atelier n’aurait jamais trouvé de local. Aujourd’hui, on prépare '
         'ensemble le budget de l’année suivante. »', 'Présidente d’une association d’insertion'),
        ('« Le mécénat a été la porte d’entrée. Trois ans plus tard, nous construisons des projets '
         'avec l’entreprise, et plus seulement des demandes de soutien. »', 'Directeur d’une association employeuse'),
        ('« Travailler avec le collège voisin a changé notre regard sur les jeunes du quartier, '
         'et le leur sur nous. »', 'Bénévole d’un club sportif'),
        ('« On croyait que la fédération ne servait qu’aux grosses structures. Elle nous a mis en relation '
         'avec deux partenaires en six mois. »', 'Bénévole d’une petite association culturelle'),
    ]
    flows = []
    for q, who in quotes:
        flows.append(Paragraph(n(q), S('q', 8.6, 11.6, font='DV-I', color=INK, spaceAfter=1.5)))
        flows.append(Paragraph('— ' + who, S('qw', 7.3, 9.4, color=PLUM, spaceAfter=9)))
    flows.append(Paragraph('Témoignages anonymisés, reproduits à titre d’illustration ; ils ne relèvent '
                           'pas des enquêtes chiffrées présentées dans cette brochure.', SMALL))
    fill_frame(c, flows, x0 + m, 16 * mm, pw - 2 * m, H - 42 * mm)
    # volet 6 : dos
    x0 = pw
    c.setFillColor(TEAL)
    c.setFont('DV-B', 11)
    c.drawString(x0 + m, H - 20 * mm, 'POUR ALLER PLUS LOIN')
    flows = [
        Paragraph('Les études citées sont publiées par l’Observatoire des partenariats, programme de '
                  'recherche animé par Le RAMEAU.', BODY_S),
        Spacer(1, 3),
        Paragraph('<b>Sites</b>', BODY_S),
    ] + bullets(['observatoire-des-partenariats.fr', 'www.lerameau.fr', 'www.odd17.org (ressources M.E.D.O.C.)'], BUL_S) + [
        Spacer(1, 5),
        Paragraph('<b>Sources des chiffres</b>', BODY_S),
    ] + bullets([
        'Volets 2 et 3 : étude IMPACT – Associations &amp; Territoires.',
        'Volet 4 : étude « Associations &amp; Partenariats », Recherches &amp; Solidarités et Le RAMEAU, '
        'mars 2017 ; note de synthèse du 29 février 2016.',
    ], BUL_S) + [
        Spacer(1, 6),
        Paragraph('Les pourcentages se lisent « part des associations concernées » ; une même association '
                  'pouvant avoir plusieurs partenaires ou plusieurs formes de partenariat, les totaux '
                  'dépassent 100 %.', S('dd', 7.6, 10, color=GREY)),
    ]
    fill_frame(c, flows, x0 + m, 40 * mm, pw - 2 * m, H - 66 * mm)
    c.setFillColor(GREY_L)
    c.rect(x0 + m, 14 * mm, pw - 2 * m, 20 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont('DV', 6.8)
    c.drawString(x0 + m + 3 * mm, 28 * mm, 'Brochure grand public — édition de démonstration')
    c.drawString(x0 + m + 3 * mm, 23.5 * mm, 'Conception : Observatoire des partenariats')
    c.drawString(x0 + m + 3 * mm, 19 * mm, 'Ne pas jeter sur la voie publique')
    # volet 1 : couverture
    x0 = 2 * pw
    c.setFillColor(TEAL)
    c.rect(x0, H - 95 * mm, pw, 95 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV', 7.5)
    c.drawString(x0 + m, H - 16 * mm, 'BROCHURE · OBSERVATOIRE DES PARTENARIATS')
    para(c, 'Associations : l’alliance, c’est déjà le quotidien',
         S('cov', 19, 23, font='DV-B', color=colors.white), x0 + m, H - 24 * mm, pw - 2 * m)
    para(c, 'Les chiffres clés sur les associations et leurs partenaires, en trois volets.',
         S('cov2', 9, 12, color=colors.white), x0 + m, H - 66 * mm, pw - 2 * m)
    bubble(c, x0 + pw / 2, H - 128 * mm, 22 * mm, '98' + NB + '%',
           ['des associations employeuses', 'ont au moins un partenariat'], ORANGE, ORANGE_L, 24)
    c.setFillColor(GREY)
    c.setFont('DV', 7)
    c.drawCentredString(x0 + pw / 2, 18 * mm, 'Ouvrez : les chiffres sont à l’intérieur →')
    c.showPage()

    # ---- face intérieure : volets 2, 3, 4
    pw, W, H = brochure_chrome(c, [2, 3, 4], 'intérieure')
    # volet 2
    x0 = 0
    c.setFillColor(TEAL)
    c.setFont('DV-B', 11)
    c.drawString(x0 + m, H - 18 * mm, 'QUI S’ALLIE ?')
    bubble(c, x0 + pw * 0.3, H - 42 * mm, 15 * mm, '148' + NB + '000', ['associations', 'employeuses'], TEAL, TEAL_L, 14)
    bubble(c, x0 + pw * 0.72, H - 42 * mm, 15 * mm, '98' + NB + '%', ['d’entre elles ont', 'des partenariats'], ORANGE, ORANGE_L, 17)
    c.setFillColor(INK)
    c.setFont('DV-B', 8.2)
    c.drawString(x0 + m, H - 80 * mm, 'Avec quels partenaires ?')
    bar_list(c, x0 + m, H - 87 * mm, pw - 2 * m, [
        ('Collectivités territoriales', 89), ('Structures d’intérêt général', 73),
        ('Établissements scolaires', 70), ('Collectifs d’associations', 56),
        ('Acteurs publics nationaux', 52), ('Fédérations professionnelles', 37),
        ('Acteurs académiques', 35)])
    c.setFillColor(GREY)
    c.setFont('DV-I', 6.6)
    c.drawString(x0 + m, 12 * mm, 'Source : étude IMPACT – Associations & Territoires.')
    # volet 3
    x0 = pw
    c.setFillColor(TEAL)
    c.setFont('DV-B', 11)
    c.drawString(x0 + m, H - 18 * mm, 'OÙ ET COMMENT ?')
    bubble(c, x0 + pw * 0.3, H - 42 * mm, 14 * mm, '73' + NB + '%', ['des partenariats', 'à l’échelle locale'], TEAL, TEAL_L, 16)
    bubble(c, x0 + pw * 0.72, H - 42 * mm, 14 * mm, '47' + NB + '%', ['à l’échelle', 'régionale'], TEAL, TEAL_L, 16)
    c.setFillColor(INK)
    c.setFont('DV-B', 8.2)
    c.drawString(x0 + m, H - 80 * mm, 'Sous quelle forme ?')
    bar_list(c, x0 + m, H - 87 * mm, pw - 2 * m, [
        ('Mécénat', 75), ('Innovation sociétale', 73), ('Pratiques responsables', 70),
        ('Coopération économique', 58)], ORANGE)
    flows = [Paragraph('À noter : la valeur 73 % revient trois fois dans cette étude (structures d’intérêt '
                       'général, échelle locale, innovation sociétale) ; elle désigne chaque fois une '
                       'question différente.', S('nb', 7.4, 9.6, color=GREY))]
    fill_frame(c, flows, x0 + m, 16 * mm, pw - 2 * m, 22 * mm)
    c.setFillColor(GREY)
    c.setFont('DV-I', 6.6)
    c.drawString(x0 + m, 12 * mm, 'Source : étude IMPACT – Associations & Territoires.')
    # volet 4
    x0 = 2 * pw
    c.setFillColor(PLUM)
    c.setFont('DV-B', 11)
    c.drawString(x0 + m, H - 18 * mm, 'RETOUR SUR 2016')
    bubble(c, x0 + pw * 0.25, H - 40 * mm, 13 * mm, '2,5', ['partenaires', 'en moyenne'], PLUM, colors.HexColor('#ece3f1'), 18)
    para(c, 'Enquête menée en mai-juin 2016 auprès de plus de 1 380 responsables associatifs, publiée '
         'en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU.',
         S('e', 7.4, 9.5), x0 + pw * 0.47, H - 29 * mm, pw * 0.53 - m)
    c.setFillColor(INK)
    c.setFont('DV-B', 8.2)
    c.drawString(x0 + m, H - 66 * mm, 'Partenaires cités')
    bar_list(c, x0 + m, H - 73 * mm, pw - 2 * m, [
        ('Collectivités', 74), ('Associations ou fondations', 72), ('Enseignement', 47),
        ('Entreprises', 28), ('Structures d’insertion', 22), ('Recherche', 9)], PLUM)
    c.setFillColor(ORANGE_L)
    c.roundRect(x0 + m, 14 * mm, pw - 2 * m, 42 * mm, 2 * mm, stroke=0, fill=1)
    flows = [
        Paragraph(n('<b>La taille compte</b> : 50 % des associations de plus de 150 000 € de budget '
                  'ont un partenariat avec une entreprise, contre 20 % de celles qui disposent de moins '
                  'de 10 000 €.'), S('t1', 7.6, 9.8, spaceAfter=4)),
        Paragraph(n('<b>Note du 29 février 2016</b> : alliances déjà engagées par 37 % des entreprises '
                  'de 10 salariés et plus, 38 % des associations (53 % des associations employeuses) '
                  'et 65 % des « pionniers ».'), S('t2', 7.6, 9.8)),
    ]
    fill_frame(c, flows, x0 + m + 3 * mm, 15 * mm, pw - 2 * m - 6 * mm, 40 * mm)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 03 — Annexe méthodologique d'enquête
# ---------------------------------------------------------------------------
def annex_chrome(c, printed):
    W, H = A4
    c.setFillColor(PLUM)
    c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV-B', 8.5)
    c.drawString(18 * mm, H - 7.3 * mm, 'ANNEXE MÉTHODOLOGIQUE')
    c.setFont('DV', 7.5)
    c.drawRightString(W - 18 * mm, H - 7.3 * mm, 'Alliances en territoire : les enquêtes de référence — Annexe B')
    c.setStrokeColor(PLUM)
    c.setLineWidth(0.5)
    c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
    c.setFillColor(GREY)
    c.setFont('DV', 7)
    c.drawString(18 * mm, 11 * mm, 'Observatoire des partenariats · www.lerameau.fr')
    c.setFont('DV-B', 8)
    c.drawRightString(W - 18 * mm, 11 * mm, printed)


def tstyle(head=PLUM):
    return TableStyle([
        ('BACKGROUND', (0, 0), (-1, 0), head),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#b9c0c7')),
        ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, GREY_L]),
        ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3),
        ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5),
    ])


def table(rows, widths, head=PLUM):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(n(x), CELL_B if i == 0 else CELL) for x in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(tstyle(head))
    return t


def doc03():
    c = new_canvas('obs-s62-03-annexe-methodologique.pdf', A4,
                   'Annexe B — méthodologie des enquêtes', 'annexe méthodologique d’enquête')
    W, H = A4
    annex_chrome(c, 'B-1')
    fw = W - 36 * mm
    fl = [
        Paragraph('B. Méthodologie des enquêtes mobilisées', H1),
        Paragraph(n('Cette annexe décrit les enquêtes dont les résultats sont cités dans le corps du rapport : '
                    'qui a été interrogé, combien de personnes, à quelles dates et par quel moyen. Les valeurs '
                    'non publiées par les sources sont signalées « n.c. » (non communiqué).'), BODY),
        Paragraph('B.1 Enquête auprès des maires, novembre 2024', H2),
        Paragraph(n('L’étude IMPACTS &amp; TRAJECTOIRES – Elus locaux, publiée en novembre 2024, repose sur '
                    'une interrogation de maires. Sa fiche technique est résumée ci-dessous.'), BODY),
    ]
    fiche = [
        ['Rubrique', 'Fiche technique'],
        ['Population cible', 'Maires de communes françaises'],
        ['Échantillon', '302 maires répondants'],
        ['Dates de terrain', 'Du 30 septembre au 28 octobre 2024'],
        ['Mode de recueil', 'Questionnaire administré par téléphone'],
        ['Structure', '84 % des répondants exercent dans une commune de moins de 2 000 habitants'],
        ['Marge d’erreur', '± 5,6 points au maximum (calcul théorique¹)'],
    ]
    fl.append(table(fiche, [40 * mm, fw - 40 * mm]))
    fl.append(Spacer(1, 6))
    fl.append(Paragraph('Tableau des quotas — structure de l’échantillon « maires »', H3))
    quotas = [
        ['Critère de quota', 'Modalité', 'Part des répondants', 'Effectif approché²'],
        ['Taille de la commune', 'Moins de 2 000 habitants', '84 %', '≈ 254'],
        ['Taille de la commune', '2 000 habitants et plus', '16 %', '≈ 48'],
        ['Ensemble', '—', '100 %', '302'],
        ['Région', 'Non ventilée dans les résultats publiés', 'n.c.', 'n.c.'],
    ]
    fl.append(table(quotas, [38 * mm, 62 * mm, 34 * mm, fw - 134 * mm]))
    fl.append(Spacer(1, 6))
    fl.append(Paragraph(n('<b>Résultat de référence.</b> 91 % des maires interrogés en 2024 voient leur territoire '
                          '« en mouvement » : 35 % fortement, 56 % ni plus ni moins.'), BODY))
    fl.append(Paragraph('B.2 Les autres enquêtes citées', H2))
    fl.append(Paragraph(n('Le tableau suivant récapitule les principales enquêtes de l’Observatoire mobilisées '
                          'dans le rapport. La colonne « marge » applique le même calcul théorique¹ à la taille '
                          'publiée ; elle n’est pas fournie par les études elles-mêmes.'), BODY))
    recap = [
        ['Enquête', 'Population', 'Effectif', 'Terrain / publication', 'Recueil, institut', 'Marge¹'],
        ['IMPACTS &amp; TRAJECTOIRES – Elus locaux', 'Maires', '302', '30 sept. – 28 oct. 2024', 'Téléphone', '± 5,6 pts'],
        ['Associations &amp; Partenariats (Recherches &amp; Solidarités, Le RAMEAU)', 'Responsables associatifs',
         'plus de 1 380', 'Mai-juin 2016 ; publiée en mars 2017', 'n.c.', '± 2,6 pts'],
        ['PHARE-Citoyens', 'Français', 'plus de 2 000', 'Publiée en septembre 2015', 'n.c.', '± 2,2 pts'],
        ['IMPACT – Fondations &amp; Territoires', 'Fondations', '42', 'Publiée un 23 septembre', 'n.c.', '± 15,1 pts'],
        ['IMPACT – Elus locaux', 'Élus locaux', 'n.c.', 'Novembre 2020', 'Comisis-OpinionWay', '—'],
        ['PHARE-Institutions', 'Maires', 'n.c.', 'Publiée le 29 novembre 2016', 'n.c.', '—'],
    ]
    fl.append(table(recap, [40 * mm, 23 * mm, 18 * mm, 35 * mm, 34 * mm, fw - 150 * mm]))
    fill_frame(c, fl, 18 * mm, 34 * mm, fw, H - 52 * mm)
    # notes de bas de page
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(18 * mm, 31 * mm, 70 * mm, 31 * mm)
    fl = [Paragraph(n('¹ Valeur calculée pour la présente annexe (tirage aléatoire simple, proportion de 50 %, '
                      'niveau de confiance de 95 %). Elle n’est pas communiquée par les études et reste indicative, '
                      'la méthode d’échantillonnage n’étant pas détaillée dans les sources consultées.'), SMALL),
          Paragraph(n('² Effectifs reconstitués en appliquant les pourcentages publiés aux 302 répondants, arrondis à l’unité.'), SMALL)]
    fill_frame(c, fl, 18 * mm, 17 * mm, fw, 13.5 * mm)
    c.showPage()

    annex_chrome(c, 'B-2')
    fl = [
        Paragraph('B.3 Précautions de lecture', H2),
    ] + bullets([
        '<b>Effectifs « plus de ».</b> Pour l’enquête de 2016 et pour PHARE-Citoyens, seules des bornes '
        'basses sont publiées (plus de 1 380 et plus de 2 000 répondants).',
        '<b>Formulations voisines, questions différentes.</b> Les vagues ARPEA mesuraient la part des Français '
        'jugeant urgent de créer des partenariats : 86 % en 2008, 84 % en 2012. Le « devoir d’alliance » '
        '(69 % dans PHARE-Citoyens en 2015, 81 % dans les publications récentes) est une autre question.',
        '<b>Une même étude, plusieurs produits.</b> L’étude IMPACT-Elus locaux de novembre 2020 (Comisis-OpinionWay) '
        'a donné lieu à la fiche-repère « Les dynamiques d’engagement des Collectivités territoriales ».',
        '<b>Étude pionnière.</b> L’étude ARPEA-Collectivités locales, conduite avec Comisis-OpinionWay, est à '
        'l’origine de la démarche « Agir ensemble en Territoire » initiée en 2010.',
        '<b>Fondations.</b> Avec 42 fondations interrogées, l’étude IMPACT – Fondations &amp; Territoires décrit des '
        'tendances ; la marge théorique (± 15,1 points) invite à ne pas surinterpréter les écarts.',
    ]) + [
        Paragraph('B.4 Pilotage scientifique', H2),
        Paragraph(n('La direction scientifique des travaux de l’Observatoire est assurée, à titre bénévole, par '
                    'Anne Robin, fondatrice du cabinet COMISIS. Les études IMPACT-Elus locaux et ARPEA-Collectivités '
                    'locales ont été réalisées par Comisis-OpinionWay ; pour les autres enquêtes, l’institut n’est pas '
                    'indiqué dans les sources consultées.'), BODY),
        Paragraph('B.5 Lexique', H2),
    ]
    lex = [
        ['Terme', 'Sens retenu dans ce rapport'],
        ['Terrain', 'Période pendant laquelle les réponses sont recueillies (et non date de publication).'],
        ['Quota', 'Répartition de l’échantillon selon un critère connu. Pour l’enquête de 2024, seule la taille de '
                  'commune est publiée, sans précision sur son usage comme quota de recrutement.'],
        ['Marge d’erreur', 'Écart maximal probable entre un pourcentage observé et la valeur dans la population, '
                           'sous hypothèse de tirage aléatoire.'],
        ['n.c.', 'Non communiqué par la source.'],
    ]
    fl.append(table(lex, [32 * mm, fw - 32 * mm], TEAL))
    fl.append(Spacer(1, 8))
    fl.append(Paragraph(n('<i>Lecture : dans la fiche technique B.1, « 84 % » décrit la composition de l’échantillon '
                          '(taille des communes), et non une opinion des maires. Il ne faut pas le confondre avec les '
                          '84 % de dirigeants d’entreprises exprimant une « envie d’alliance ».</i>'), BODY_S))
    fill_frame(c, fl, 18 * mm, 22 * mm, fw, H - 40 * mm)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 04 — Note de synthèse numérotée
# ---------------------------------------------------------------------------
def synth_chrome(c, printed, first=False):
    W, H = A4
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.setFillColor(TEAL)
    c.setFont('DV-B', 8)
    c.drawString(20 * mm, H - 13 * mm, 'NOTE DE SYNTHÈSE')
    c.setFillColor(GREY)
    c.setFont('DV', 7.5)
    c.drawRightString(W - 20 * mm, H - 13 * mm, 'Repères sur l’Observatoire des partenariats et Le RAMEAU, 2006-2022')
    c.setFont('DV', 8)
    c.drawCentredString(W / 2, 10 * mm, '— %s —' % printed)
    c.setFont('DV', 6.5)
    c.drawString(20 * mm, 10 * mm, 'Diffusion restreinte')


def doc04():
    c = new_canvas('obs-s62-04-note-synthese.pdf', A4,
                   'Note de synthèse — repères 2006-2022', 'note de synthèse numérotée')
    W, H = A4
    fw = W - 40 * mm
    story = [
        Paragraph('Quinze ans d’observation des alliances : repères pour la lecture', H1),
        Paragraph(n('<i>Objet : rassembler en une note les dates, les acteurs et les chiffres de référence '
                    'utiles à la préparation des échanges avec les partenaires. Les renvois « § » '
                    'désignent les paragraphes de la présente note.</i>'), BODY_S),
        Paragraph('1. Les acteurs', H2),
        Paragraph('1.1 Le RAMEAU', H3),
        Paragraph(n('Né en 2006 sous statut associatif et reconnu d’intérêt général, Le RAMEAU se présente comme '
                    'un « laboratoire de recherche empirique », parfois aussi comme un « laboratoire d’innovations '
                    'partenariales ». Il s’est donné trois missions, dont la première consiste à témoigner. '
                    'Son bilan revendique plus de 1 000 exemples inspirants recensés, quinze ans de recherche et '
                    'cinq ans d’étude d’impact, ainsi que des expérimentations menées auprès de plus de 500 '
                    'organisations depuis sa création. Son président-fondateur est Charles-Benoît Heidsieck ; '
                    'Laurence Weber en est la directrice générale.'), BODY),
        Paragraph('1.2 L’Observatoire des partenariats', H3),
        Paragraph(n('Selon les présentations actuelles, l’Observatoire a été créé en 2008 par la Caisse des Dépôts '
                    'et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif ; une autre présentation '
                    'le dit « créé en 2008 par Le RAMEAU en partenariat avec la Caisse des Dépôts ». '
                    '<b>Divergence de date :</b> des documents plus anciens — l’étude ARPEA Entreprises &amp; Territoires '
                    'de janvier 2011 et le rapport quinquennal du 11 décembre 2012 — parlent d’un « Observatoire '
                    'national des partenariats associations / entreprises » créé en 2007. Les deux dates doivent être '
                    'citées avec leur source.'), BODY),
        Paragraph(n('La direction scientifique est assurée bénévolement par Anne Robin, fondatrice de COMISIS '
                    '(sur les enquêtes elles-mêmes, voir § 2.2 et l’annexe méthodologique B).'), BODY),
        Paragraph('2. Trois plans quinquennaux', H2),
        Paragraph('2.1 ARPEA (2008-2012)', H3),
        Paragraph(n('Le sigle ARPEA connaît trois développements selon les documents : « Analyse des Relations et des '
                    'Partenariats entre Entreprises et Associations » dans le rapport quinquennal, « Analyser les '
                    'Relations Partenariales entre Entreprises et Associations » sur une page de présentation des '
                    'données, et « Analyse des Relations Associations-Entreprises » dans une plaquette de programme. '
                    'Le programme comptait 10 volets et s’est clos par le rapport quinquennal du 11 décembre 2012.'), BODY),
    ]
    story += [
        Paragraph(n('Côté chiffres, ARPEA a mesuré que 86 % des Français (2008) puis 84 % (2012) jugeaient urgent '
                    'de développer les partenariats ; le volet Citoyens retient 86 %. Près de 46 % des associations '
                    'se déclaraient alors engagées avec une entreprise.'), BODY),
        Paragraph(n('L’étude ARPEA Entreprises &amp; Territoires (janvier 2011) répartit les entreprises en trois '
                    'groupes : 21 % développent des partenariats, 33 % souhaitent le faire, 46 % ne le souhaitent pas. '
                    'Attention : 46 % apparaît ainsi deux fois, pour deux populations différentes.'), BODY),
    ]
    # page 1
    synth_chrome(c, '5')
    fill_frame(c, story, 20 * mm, 18 * mm, fw, H - 38 * mm)
    c.showPage()

    # page 2 : deux colonnes
    synth_chrome(c, '6')
    story2 = [
        Paragraph('2.2 PHARE (2013-2018)', H3),
        Paragraph(n('Les bornes de PHARE varient : 2013-2018 dans la présentation des plans, 2013-2017 sur la page '
                    '« cheminement » et dans une plaquette de programme. Le plan s’est déployé en six volets :'), BODY),
    ] + bullets([
        'Citoyens — septembre 2015 ;',
        'Entreprises — octobre 2015 ;',
        'Associations — novembre 2015 ;',
        '13 rapports régionaux — 2016 ;',
        'diagnostics sectoriels — juillet 2016 ;',
        'Institutions — automne 2016 (publication le 29 novembre 2016, avec une typologie en 5 profils de maires).',
    ], BUL_S) + [
        Paragraph(n('En amont, la ministre Valérie Fourneyron avait demandé un rapport d’état des lieux des '
                    'partenariats entre associations et entreprises, publié début 2014.'), BODY),
        Paragraph('2.3 IMPACT (2018-2022)', H3),
        Paragraph(n('Lancé en novembre 2017, IMPACT mesure les effets des alliances selon trois axes : innovation '
                    'sociétale et territoriale, performance des organisations, confiance. Il associe la Caisse des '
                    'Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. '
                    'Ses résultats « partenariats, source d’innovation » sont détaillés au § 3.2.'), BODY),
        Paragraph('3. Du diagnostic à la reconnaissance', H2),
        Paragraph('3.1 La mission ministérielle', H3),
        Paragraph(n('À l’occasion du FNAF 2019, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et à '
                    'Charles-Benoît Heidsieck. Le rapport a été remis le 7 mai 2020 ; un bilan a suivi le 17 octobre '
                    '2020. Une « feuille de route » ministérielle de 21 mesures en découle.'), BODY),
        Paragraph('3.2 Le droit de l’alliance', H3),
        Paragraph(n('La proposition de loi sur le « droit de l’alliance d’intérêt général », portée par Cathy '
                    'Racon-Bouzon et déposée en février, a été agréée par le Bureau de l’Assemblée nationale puis '
                    'publiée au Journal officiel. Les données qui l’appuient : 81 % des Français expriment un '
                    '« devoir d’alliance », 92 % des maires un « besoin d’alliance », 84 % des dirigeants d’entreprises '
                    'une « envie d’alliance ». Dans IMPACT, les partenariats sont vus comme source d’innovation par '
                    '74 % des Français, 81 % des dirigeants, 86 % des responsables associatifs et 87 % des maires¹.'), BODY),
        Paragraph('3.3 La Fondation des Territoires', H3),
        Paragraph(n('Sa préfiguration a été lancée en juillet 2018 et s’est déroulée en trois étapes : de juillet 2018 '
                    'à juillet 2019, d’août 2019 à novembre 2020, puis de décembre 2020 à mai 2022. La Fondation a été '
                    'créée le 14 juin 2022 sous l’égide de la Fondation de Lille, avec 21 co-fondateurs et trois '
                    'missions. Elle a piloté les trois mois de co-construction de la Charte du faire alliance '
                    '(voir § 3.4).'), BODY),
    ]
    story3_head = [
        Paragraph('3.4 La Charte du faire alliance', H3),
        Paragraph(n('La Charte, conçue comme un « contrat de confiance », a été dévoilée le 30 novembre 2021, jour '
                    'du Giving Tuesday, à Saint-Maurice (territoire de Paris-Est Marne &amp; Bois), lors d’une soirée '
                    'VitaWin. <b>Date divergente :</b> le site associations.gouv.fr annonce l’événement pour le '
                    '« mardi 30 septembre ». La présente note retient le 30 novembre 2021, cohérent avec le '
                    'Giving Tuesday, mais les deux mentions existent.'), BODY),
    ]
    colw = (fw - 8 * mm) / 2
    cut = [i for i, f in enumerate(story2) if getattr(f, 'text', '') == '3.2 Le droit de l’alliance'][0]
    fill_frame(c, story2[:cut], 20 * mm, 30 * mm, colw, H - 50 * mm)
    fill_frame(c, story2[cut:] + story3_head, 20 * mm + colw + 8 * mm, 30 * mm, colw, H - 50 * mm)
    c.setStrokeColor(GREY_L)
    c.setLineWidth(0.6)
    c.line(20 * mm + colw + 4 * mm, 30 * mm, 20 * mm + colw + 4 * mm, H - 22 * mm)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(20 * mm, 27 * mm, 60 * mm, 27 * mm)
    fill_frame(c, [Paragraph(n('¹ Une reprise régionale des mêmes résultats indique 69 % des citoyens au lieu de '
                                 '74 % des Français ; les autres valeurs sont inchangées.'), SMALL)],
               20 * mm, 15 * mm, fw, 11 * mm)
    c.showPage()

    # page 3
    synth_chrome(c, '7')
    story3 = [
        Paragraph('3.5 Le Fonds ODD 17', H3),
        Paragraph(n('Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le fonds est doté de 1,5 M€ pour une '
                    'expérimentation de trois ans, appuyée sur 350 « catalyseurs territoriaux ». La fondation partenaire n’y porte pas le même nom que '
                    'dans le programme IMPACT (voir § 2.3). Pour le territoire de lancement de la Charte, voir § 3.4 et '
                    'la fiche portrait consacrée à Paris-Est Marne &amp; Bois.'), BODY),
        Paragraph('4. Points d’attention', H2),
    ] + bullets([
        '<b>Dates de création.</b> Observatoire : 2008 dans les présentations récentes, 2007 dans les documents '
        'de 2011-2012 (§ 1.2).',
        '<b>Bornes de PHARE.</b> 2013-2018 ou 2013-2017 selon les supports (§ 2.2).',
        '<b>Sigle ARPEA.</b> Trois développements en circulation (§ 2.1).',
        '<b>Charte du faire alliance.</b> 30 novembre 2021 ou « mardi 30 septembre » (§ 3.4).',
        '<b>Part des Français.</b> 74 % ou 69 % selon la reprise (§ 3.2, note 1).',
        '<b>Noms de partenaires.</b> « Fondation TOTAL » dans IMPACT (§ 2.3), « Fondation TotalEnergies » pour le '
        'Fonds ODD 17 (§ 3.5).',
    ]) + [
        Paragraph('5. Chronologie résumée', H2),
        table([
            ['Date', 'Repère', 'Voir'],
            ['2006', 'Création du RAMEAU', '§ 1.1'],
            ['2007 ou 2008', 'Création de l’Observatoire, selon les sources', '§ 1.2'],
            ['2008-2012', 'Programme ARPEA', '§ 2.1'],
            ['11 décembre 2012', 'Rapport quinquennal', '§ 2.1'],
            ['2013-2018 (ou 2013-2017)', 'Programme PHARE', '§ 2.2'],
            ['29 novembre 2016', 'Publication de PHARE-Institutions', '§ 2.2'],
            ['Novembre 2017', 'Lancement du programme IMPACT', '§ 2.3'],
            ['Juillet 2018', 'Début de la préfiguration de la Fondation des Territoires', '§ 3.3'],
            ['7 mai 2020', 'Remise du rapport de la mission ministérielle', '§ 3.1'],
            ['17 octobre 2020', 'Bilan de la mission', '§ 3.1'],
            ['30 novembre 2021', 'Lancement de la Charte du faire alliance', '§ 3.4'],
            ['14 juin 2022', 'Création de la Fondation des Territoires', '§ 3.3'],
        ], [45 * mm, fw - 65 * mm, 20 * mm], TEAL),
        Spacer(1, 8),
        Paragraph(n('<i>Note établie à partir des publications de l’Observatoire des partenariats et du RAMEAU '
                    '(observatoire-des-partenariats.fr ; www.lerameau.fr).</i>'), BODY_S),
    ]
    fill_frame(c, story3, 20 * mm, 20 * mm, fw, H - 40 * mm)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 05 — Portrait de territoire avec carte schématique
# ---------------------------------------------------------------------------
def star(c, cx, cy, r, col):
    import math
    p = c.beginPath()
    for i in range(10):
        ang = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.42
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        if i == 0:
            p.moveTo(x, y)
        else:
            p.lineTo(x, y)
    p.close()
    c.setFillColor(col)
    c.drawPath(p, stroke=0, fill=1)


def doc05():
    c = new_canvas('obs-s62-05-portrait-territoire.pdf', A4,
                   'Portrait de territoire — Paris-Est Marne & Bois', 'portrait de territoire, carte schématique')
    W, H = A4
    # bandeau
    c.setFillColor(ORANGE)
    c.rect(0, H - 34 * mm, W, 34 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV', 8)
    c.drawString(18 * mm, H - 10 * mm, 'PORTRAIT DE TERRITOIRE · FICHE N° 3')
    c.setFont('DV-B', 19)
    c.drawString(18 * mm, H - 21 * mm, 'Paris-Est Marne & Bois')
    c.setFont('DV', 9.5)
    c.drawString(18 * mm, H - 28.5 * mm, 'Un terrain pilote de la co-construction territoriale')
    # carte schématique
    mx, my, mw, mh = 18 * mm, 100 * mm, 112 * mm, 150 * mm
    c.setFillColor(GREY_L)
    c.rect(mx, my, mw, mh, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont('DV-B', 7.5)
    c.drawString(mx + 3 * mm, my + mh - 5 * mm, 'CARTE SCHÉMATIQUE')
    c.setFont('DV', 6.5)
    c.drawString(mx + 3 * mm, my + mh - 9 * mm, 'France métropolitaine, tracé simplifié, hors échelle')
    # hexagone
    cx, cy = mx + mw / 2 - 2 * mm, my + mh / 2 - 6 * mm
    pts = [(-18, 50), (22, 44), (46, 18), (40, -30), (4, -52), (-42, -34), (-48, 14)]
    p = c.beginPath()
    for i, (dx, dy) in enumerate(pts):
        x, y = cx + dx * mm, cy + dy * mm
        if i == 0:
            p.moveTo(x, y)
        else:
            p.lineTo(x, y)
    p.close()
    c.setFillColor(colors.white)
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.drawPath(p, stroke=1, fill=1)
    # régions / lieux (positions approximatives)
    places = [
        ('Normandie', -26, 30, 'sq'),
        ('Alsace', 38, 20, 'dot'),
        ('Poitou-Charentes', -26, -8, 'dot'),
        ('Paris-Est Marne & Bois', 2, 28, 'dot'),
    ]
    for name, dx, dy, kind in places:
        x, y = cx + dx * mm, cy + dy * mm
        if kind == 'sq':
            c.setFillColor(PLUM)
            c.rect(x - 2.2 * mm, y - 2.2 * mm, 4.4 * mm, 4.4 * mm, stroke=0, fill=1)
        else:
            c.setFillColor(ORANGE)
            c.circle(x, y, 2.3 * mm, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont('DV', 7)
    c.drawString(cx - 22 * mm, cy + 29 * mm, 'Normandie')
    c.drawRightString(cx + 34 * mm, cy + 19 * mm, 'Alsace')
    c.drawString(cx - 40 * mm, cy - 13.5 * mm, 'Poitou-Charentes')
    # loupe sur Paris-Est Marne & Bois
    zx, zy = cx + 22 * mm, cy + 58 * mm
    c.setStrokeColor(ORANGE)
    c.setLineWidth(0.6)
    c.setDash(1.5, 1.5)
    c.line(cx + 2 * mm, cy + 30 * mm, zx - 9 * mm, zy - 6 * mm)
    c.setDash()
    c.setFillColor(colors.white)
    c.circle(zx, zy, 12 * mm, stroke=1, fill=1)
    star(c, zx + 1 * mm, zy - 1 * mm, 3.2 * mm, ORANGE)
    c.setFillColor(INK)
    c.setFont('DV', 6.2)
    c.drawCentredString(zx, zy + 5 * mm, 'Paris-Est')
    c.drawCentredString(zx, zy + 2.5 * mm, 'Marne & Bois')
    c.drawCentredString(zx, zy - 7.5 * mm, 'Saint-Maurice')
    # légende
    lx, ly = 136 * mm, 250 * mm
    c.setFillColor(INK)
    c.setFont('DV-B', 8.5)
    c.drawString(lx, ly - 4 * mm, 'LÉGENDE')
    leg = [
        ('dot', 'Territoire pilote de la démarche « Agir ensemble en Territoire » (initiée en 2010)'),
        ('star', 'Saint-Maurice : lancement de la Charte du faire alliance, 30 novembre 2021'),
        ('sq', 'Normandie : région du 11e rapport régional de l’Observatoire, publié le 26 novembre'),
        ('line', 'Loupe : zoom sur le territoire portraituré'),
    ]
    yy = ly - 12 * mm
    for kind, txt in leg:
        if kind == 'dot':
            c.setFillColor(ORANGE)
            c.circle(lx + 2.3 * mm, yy - 1.5 * mm, 2 * mm, stroke=0, fill=1)
        elif kind == 'star':
            star(c, lx + 2.3 * mm, yy - 1.5 * mm, 2.6 * mm, ORANGE)
        elif kind == 'sq':
            c.setFillColor(PLUM)
            c.rect(lx + 0.3 * mm, yy - 3.5 * mm, 4 * mm, 4 * mm, stroke=0, fill=1)
        else:
            c.setStrokeColor(ORANGE)
            c.setDash(1.5, 1.5)
            c.line(lx, yy - 1.5 * mm, lx + 5 * mm, yy - 1.5 * mm)
            c.setDash()
        yb = para(c, txt, S('lg', 7.4, 9.4), lx + 8 * mm, yy + 1.5 * mm, W - lx - 8 * mm - 16 * mm)
        yy = yb - 5 * mm
    # encadré chiffres clés à droite, sous la légende
    bx, bw = lx, W - lx - 16 * mm
    c.setFillColor(TEAL_L)
    c.roundRect(bx, 104 * mm, bw, yy - 106 * mm, 2 * mm, stroke=0, fill=1)
    fl = [Paragraph('REPÈRES', S('rp', 8.5, 11, font='DV-B', color=TEAL, spaceAfter=4))]
    for v, lab in [('2010', 'début de la démarche « Agir ensemble en Territoire »'),
                   ('3', 'territoires pilotes, dont Paris-Est Marne &amp; Bois'),
                   ('3 mois', 'de co-construction de la Charte du faire alliance'),
                   ('11', 'territoires pionniers dans le Parcours d’expérience CGET-Le Rameau')]:
        fl.append(Paragraph(n('<font name="DV-B" size="13" color="#0f6e6e">%s</font>' % v), S('v', 13, 15)))
        fl.append(Paragraph(n(lab), S('vl', 7.4, 9.4, spaceAfter=5)))
    fill_frame(c, fl, bx + 4 * mm, 106 * mm, bw - 8 * mm, yy - 110 * mm)
    # légende de figure
    para(c, '<i>Figure — Localisation schématique des territoires cités. Les positions sont indicatives ; '
         'le tracé ne respecte ni les frontières ni les distances.</i>', S('fg', 7.2, 9.2, color=GREY),
         mx, my - 2 * mm, mw)
    # texte bas de page 1
    fl = [
        Paragraph('Pourquoi ce territoire ?', H2),
        Paragraph(n('Paris-Est Marne &amp; Bois figure, avec l’Alsace et le Poitou-Charentes, parmi les trois terrains '
                    'pilotes de la démarche « Agir ensemble en Territoire ». Celle-ci a été initiée en 2010, dans le '
                    'sillage de l’étude ARPEA-Collectivités locales réalisée avec Comisis-OpinionWay. En Alsace, la démarche '
                    's’est appuyée sur Alsace Active ; en Poitou-Charentes, sur le Groupe La Poste.'), BODY),
        Paragraph(n('Onze ans plus tard, c’est encore sur ce territoire, à Saint-Maurice, que la Charte du faire '
                    'alliance a été lancée (voir au verso). La fiche rassemble ce que les publications de l’Observatoire '
                    'et du RAMEAU disent de ce terrain et des démarches qui s’y rattachent.'), BODY),
    ]
    fill_frame(c, fl, 18 * mm, 20 * mm, W - 36 * mm, 68 * mm)
    c.setFillColor(GREY)
    c.setFont('DV', 7)
    c.drawString(18 * mm, 11 * mm, 'Observatoire des partenariats — fiches portraits')
    c.drawRightString(W - 18 * mm, 11 * mm, 'Fiche 3 · recto')
    c.showPage()

    # page 2
    c.setFillColor(ORANGE)
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV-B', 8.5)
    c.drawString(18 * mm, H - 8 * mm, 'PORTRAIT DE TERRITOIRE · Paris-Est Marne & Bois (suite)')
    fw = W - 36 * mm
    colw = (fw - 8 * mm) / 2
    story = [
        Paragraph('Saint-Maurice, soirée de lancement', H2),
        Paragraph(n('C’est à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, que la Charte du faire '
                    'alliance a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, au cours d’une soirée VitaWin. '
                    'La Charte, présentée comme un « contrat de confiance » entre acteurs, est le fruit de trois mois '
                    'de co-construction pilotés par la Fondation des Territoires.'), BODY),
        Paragraph(n('<b>À signaler :</b> l’annonce publiée sur associations.gouv.fr situe le même événement le '
                    '« mardi 30 septembre ». Les autres comptes rendus donnent le 30 novembre 2021.'), BODY),
        Paragraph('Un parcours pour les territoires pionniers', H2),
        Paragraph(n('Le Parcours d’expérience conduit par le CGET et Le Rameau a réuni 11 territoires pionniers pendant '
                    '18 mois ; sa première session s’est tenue le 3 mai. Une autre publication du RAMEAU évoque, '
                    'pour la même expérimentation, « le CGET et 10 territoires pilotes ».'), BODY),
        Paragraph('Ce que disent les maires', H2),
    ] + bullets([
        '92 % des maires reconnaissent l’utilité de la co-construction ;',
        '64 % des élus locaux veulent s’appuyer sur le « jouer collectif » ;',
        'dans l’enquête de 2024, 84 % des maires répondants exercent dans une commune de moins de 2 000 habitants '
        '(voir l’annexe méthodologique B).',
    ], BUL_S)
    story_b = [
        Paragraph('Chronologie', H2),
        table([
            ['Date', 'Étape'],
            ['2010', 'Initiation de la démarche « Agir ensemble en Territoire »'],
            ['3 mai', 'Première session du Parcours d’expérience CGET-Le Rameau'],
            ['Juillet 2018', 'Lancement de la préfiguration de la Fondation des Territoires'],
            ['30 novembre 2021', 'Charte du faire alliance dévoilée à Saint-Maurice'],
            ['14 juin 2022', 'Création de la Fondation des Territoires'],
        ], [26 * mm, colw - 26 * mm], ORANGE),
        Paragraph('<font size="6.8" color="#6b7580">L’année de la première session du Parcours n’est pas précisée par la source.</font>', S('cs', 6.8, 9, spaceAfter=4)),
        Paragraph('Outils mobilisables', H2),
    ] + bullets([
        'la fiche-repère « Les dynamiques d’engagement des Collectivités territoriales », issue de l’étude '
        'IMPACT-Elus locaux de novembre 2020 ;',
        'les 5 profils de maires issus de PHARE-Institutions (29 novembre 2016) ;',
        'les ressources M.E.D.O.C. de la plateforme www.odd17.org.',
    ], BUL_S) + [
        Paragraph('Ce que la fiche ne dit pas', H2),
        Paragraph(n('Aucune donnée d’enquête n’est publiée à l’échelle de Paris-Est Marne &amp; Bois : les pourcentages '
                    'ci-dessus sont nationaux. De même, les résultats publiés des enquêtes auprès des maires ne sont pas '
                    'ventilés par région.'), BODY),
    ]
    fill_frame(c, story, 18 * mm, 22 * mm, colw, H - 40 * mm)
    fill_frame(c, story_b, 18 * mm + colw + 8 * mm, 22 * mm, colw, H - 40 * mm)
    c.setStrokeColor(GREY_L)
    c.setLineWidth(0.6)
    c.line(18 * mm + colw + 4 * mm, 22 * mm, 18 * mm + colw + 4 * mm, H - 20 * mm)
    c.setFillColor(GREY)
    c.setFont('DV', 7)
    c.drawString(18 * mm, 11 * mm, 'Observatoire des partenariats — fiches portraits')
    c.drawRightString(W - 18 * mm, 11 * mm, 'Fiche 3 · verso')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 06 — Entretien en questions / réponses numérotées
# ---------------------------------------------------------------------------
def doc06():
    c = new_canvas('obs-s62-06-entretien.pdf', A4, 'Entretien — données et territoires', 'entretien Q/R')
    W, H = A4
    QST = S('qs', 9.6, 12.8, font='DV-B', color=TEAL, spaceBefore=7, spaceAfter=2)
    ANS = S('an', 9.2, 12.6, spaceAfter=2, leftIndent=0)
    qa = [
        ('Q1', 'Comment est née la Fondation des Territoires ?',
         'R1', 'Par étapes. La préfiguration démarre en juillet 2018 et se déroule en trois temps : de juillet 2018 à '
               'juillet 2019, d’août 2019 à novembre 2020, enfin de décembre 2020 à mai 2022. La création intervient le '
               '14 juin 2022, sous l’égide de la Fondation de Lille. Elle réunit 21 co-fondateurs autour de trois missions.'),
        ('Q2', 'Quel a été son rôle dans la Charte du faire alliance ?',
         'R2', 'Elle a piloté les trois mois de co-construction qui ont abouti à ce texte, pensé comme un « contrat de '
               'confiance ». La Charte a ensuite été dévoilée à Saint-Maurice lors du Giving Tuesday.'),
        ('Q3', 'Que retenir de l’enquête PHARE-Citoyens ?',
         'R3', 'Plus de 2 000 personnes ont été interrogées et les résultats ont été publiés en septembre 2015. Elles ont '
               'noté sur 10 l’importance de plusieurs enjeux : l’emploi arrive en tête avec 7,1/10, devant le pouvoir '
               'd’achat (6,6) et le développement économique (6,5) ; l’environnement et l’exclusion obtiennent 6,3. Pour '
               'la sécurité, la publication des résultats indique 6,6, alors qu’un compte rendu paru dans la presse en '
               'ligne donne 7/10 : les deux chiffres circulent. Côté impacts, les répondants attendent des partenariats '
               'des effets forts sur l’emploi (49 %), le développement économique (46 %), l’environnement (42 %), la '
               'précarité et l’éducation (36 %). Enfin, 69 % des Français y exprimaient un « devoir d’alliance ».'),
        ('Q4', 'Et les fondations, où en sont-elles ?',
         'R4', 'L’étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre, s’appuie sur 42 fondations interrogées. '
               'Elle a donné naissance à une fiche acteur, « Dynamique d’engagement des Fondations ».'),
        ('Q5', 'Les régions ont-elles leurs propres rapports ?',
         'R5', 'Oui. PHARE a produit 13 rapports régionaux en 2016. Le 11e rapport régional, consacré à la Normandie, '
               'a été publié le 26 novembre. Le même mois, un dossier de JURIS Associations (n° 628) est paru le '
               '15 novembre, le 3e dîner « Elus &amp; Entreprises » s’est tenu le 23 novembre, et le 5e webinaire '
               '« l’ODD 17 en pratique » a eu lieu le 26 novembre.'),
        ('Q6', 'Qu’est-ce qui est ressorti de ce dîner avec les élus ?',
         'R6', 'Deux chiffres : 64 % des élus locaux veulent s’appuyer sur le « jouer collectif », et 92 % des maires '
               'reconnaissent l’utilité de la co-construction.'),
        ('Q7', 'Quel est le socle de données dont vous partez ?',
         'R7', 'Celui de l’étude IMPACT – Associations &amp; Territoires : on y dénombre 148 000 associations '
               'employeuses, dont 98 % ont noué des partenariats, d’abord avec les collectivités (89 %). Et depuis '
               'sa création en 2006, Le RAMEAU a conduit des expérimentations auprès de plus de 500 organisations.'),
        ('Q8', 'Un mot pour conclure ?',
         'R8', 'Les données ne servent que si elles circulent : la boîte à outils M.E.D.O.C. et la plateforme '
               'www.odd17.org sont là pour cela.'),
    ]

    def chrome(printed):
        c.setFillColor(INK)
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8.5)
        c.drawString(18 * mm, H - 8 * mm, 'ENTRETIEN')
        c.setFont('DV', 7.5)
        c.drawRightString(W - 18 * mm, H - 8 * mm, 'Dossier « Données et territoires » · observatoire-des-partenariats.fr')
        c.setFillColor(GREY)
        c.setFont('DV', 7.5)
        c.drawRightString(W - 18 * mm, 10 * mm, printed)
        c.drawString(18 * mm, 10 * mm, 'Propos recueillis auprès de l’équipe de l’Observatoire des partenariats')

    head = [
        Paragraph(n('« Mesurer pour agir ensemble »'), S('tt', 18, 22, font='DV-B', color=INK, spaceAfter=4)),
        Paragraph(n('<i>Fondation des Territoires, enquêtes citoyennes, rapports régionaux : l’équipe de '
                    'l’Observatoire des partenariats revient, question après question, sur les travaux récents. '
                    'Les réponses sont numérotées comme les questions.</i>'), S('ch', 9.6, 13, color=GREY, spaceAfter=6)),
    ]
    blocks = []
    for qn, q, rn, r in qa:
        blocks.append([Paragraph(n('%s — %s' % (qn, q)), QST), Paragraph(n('<b>%s —</b> %s' % (rn, r)), ANS)])
    fw = W - 36 * mm
    colw = (fw - 8 * mm) / 2

    def rule(ytop, ybot):
        c.setStrokeColor(GREY_L)
        c.setLineWidth(0.6)
        c.line(18 * mm + colw + 4 * mm, ybot, 18 * mm + colw + 4 * mm, ytop)

    # page 1 : chapeau pleine largeur, puis Q1-Q2 | Q3-Q4
    chrome('p. 22')
    fill_frame(c, head, 18 * mm, H - 48 * mm, fw, 30 * mm)
    c.setStrokeColor(TEAL)
    c.setLineWidth(1)
    c.line(18 * mm, H - 50 * mm, W - 18 * mm, H - 50 * mm)
    top = H - 53 * mm
    fill_frame(c, blocks[0] + blocks[1], 18 * mm, 90 * mm, colw, top - 90 * mm)
    # citation mise en avant, bas de la colonne 1
    c.setFillColor(TEAL_L)
    c.rect(18 * mm, 24 * mm, colw, 62 * mm, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont('DV-B', 34)
    c.drawString(21 * mm, 72 * mm, '«')
    para(c, 'Les données ne servent que si elles circulent.', S('pq', 13, 17, font='DV-BI', color=TEAL),
         24 * mm, 66 * mm, colw - 12 * mm)
    para(c, 'Extrait de la réponse R8', S('pq2', 7.5, 9.5, color=GREY), 24 * mm, 36 * mm, colw - 12 * mm)
    fill_frame(c, blocks[2] + blocks[3], 18 * mm + colw + 8 * mm, 20 * mm, colw, top - 20 * mm)
    rule(top, 20 * mm)
    c.showPage()

    # page 2 : Q5-Q6 | Q7-Q8, puis encadré chiffré pleine largeur
    chrome('p. 23')
    top = H - 20 * mm
    ybox = 180 * mm
    fill_frame(c, blocks[4] + blocks[5], 18 * mm, ybox + 6 * mm, colw, top - ybox - 6 * mm)
    fill_frame(c, blocks[6] + blocks[7], 18 * mm + colw + 8 * mm, ybox + 6 * mm, colw, top - ybox - 6 * mm)
    rule(top, ybox + 6 * mm)
    c.setFillColor(GREY_L)
    c.roundRect(18 * mm, ybox - 66 * mm, fw, 66 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont('DV-B', 10)
    c.drawString(24 * mm, ybox - 9 * mm, 'LES CHIFFRES DE L’ENTRETIEN')
    figs = [('148' + NB + '000', ['associations', 'employeuses (R7)']), ('42', ['fondations', 'interrogées (R4)']),
            ('21', ['co-fondateurs de la', 'Fondation des Territoires (R1)']), ('13', ['rapports régionaux', 'en 2016 (R5)'])]
    cw = (fw - 12 * mm) / 4
    for i, (v, lab) in enumerate(figs):
        bubble(c, 24 * mm + cw * i + cw / 2, ybox - 32 * mm, 13 * mm, v, lab,
               TEAL if i % 2 == 0 else ORANGE, colors.white, 15 if i == 0 else 18)
    fill_frame(c, [
        Paragraph('À PROPOS', S('ap', 8.5, 11, font='DV-B', color=TEAL, spaceAfter=3)),
        Paragraph(n('L’Observatoire des partenariats étudie depuis 2008 les alliances entre associations, entreprises, '
                    'collectivités et fondations. Ses programmes se succèdent par plans de cinq ans : ARPEA, PHARE, puis '
                    'IMPACT. Sa direction scientifique est confiée, à titre bénévole, à Anne Robin, fondatrice de COMISIS.'), BODY_S),
        Paragraph(n('<i>Repères : le 11e rapport régional et les rendez-vous de novembre sont détaillés sur '
                    'www.lerameau.fr ; la méthodologie des enquêtes figure dans l’annexe B.</i>'), BODY_S),
    ], 18 * mm, 40 * mm, fw, ybox - 72 * mm - 40 * mm)
    c.showPage()
    c.save()


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    doc06()
    print('PDF écrits dans', OUT)
