#!/usr/bin/env python3
"""Génère les PDF du jeu s64 (corpus de démonstration « Observatoire des partenariats »).

Usage : python make_docs.py [dossier_de_sortie]   (par défaut : le dossier du script)

Formes couvertes : dossier de presse, étude à notes de bas de page, FAQ sur deux colonnes,
rapport d'activité à tableaux à double entrée, lettre d'information au format courriel
imprimé, poster scientifique en trois colonnes. Les faits viennent de /work/shared/facts.md,
les phrases sont reformulées. Sortie déterministe (rl_config.invariant = 1).
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FD + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-BI')

NB = '\u00a0'
OUT = os.path.dirname(os.path.abspath(__file__))


def fr(s):
    """Typographie française : espaces insécables dans les nombres et devant % : ; » ?"""
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r' (?=[%;:!?»€])', NB, s)
    s = re.sub(r'(?<=«) ', NB, s)
    return s


def st(name, size=9.5, lead=None, font='DV', color=colors.black, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35,
                          textColor=color, alignment=align, splitLongWords=1, **kw)


def P(text, style):
    return Paragraph(fr(text), style)


def flow(c, x, y, w, h, items, what=''):
    """Place items in a frame (x, y = bottom-left); fails if anything does not fit."""
    items = list(items)
    f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
              showBoundary=0)
    f.addFromList(items, c)
    if items:
        raise SystemExit(f'débordement : {what} ({len(items)} élément(s) non placés)')


def new_canvas(fname, title, subject, size=A4):
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats')
    c.setSubject(subject)
    c.setCreator('make_docs.py (jeu s64)')
    return c


def dots_line(label, num, width, font='DV', size=10):
    """Ligne de sommaire avec points de conduite."""
    wl = stringWidth(label, font, size)
    wn = stringWidth(num, font, size)
    wd = stringWidth(' .', font, size)
    n = max(3, int((width - wl - wn - 12) / wd))
    return label + ' ' + ' .' * n + '  ' + num


# ---------------------------------------------------------------- 01 dossier de presse
def doc01():
    W, H = A4
    green = colors.HexColor('#1f5c45')
    light = colors.HexColor('#e6f0ea')
    orange = colors.HexColor('#d9822b')
    c = new_canvas('obs-s64-01-dossier-presse.pdf', 'Dossier de presse – Faire alliance',
                   'Dossier de presse Le RAMEAU / Observatoire des partenariats')
    body = st('b1', 10, 14.5, align=TA_JUSTIFY)
    small = st('s1', 8.5, 12)
    h2 = st('h2a', 13, 17, 'DV-B', green, spaceAfter=6)
    caps = st('caps1', 9, 12, 'DV-B', orange)

    def frame_page(printed):
        c.setFillColor(green)
        c.rect(0, H - 18 * mm, W, 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 9)
        c.drawString(20 * mm, H - 11 * mm, 'DOSSIER DE PRESSE')
        c.setFont('DV', 9)
        c.drawRightString(W - 20 * mm, H - 11 * mm, 'Faire alliance · Le RAMEAU & Observatoire des partenariats')
        c.setStrokeColor(green)
        c.setLineWidth(0.6)
        c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
        c.setFillColor(colors.HexColor('#555555'))
        c.setFont('DV', 8)
        c.drawString(20 * mm, 11 * mm, 'www.lerameau.fr  ·  observatoire-des-partenariats.fr')
        c.setFont('DV-B', 10)
        c.setFillColor(green)
        c.drawRightString(W - 20 * mm, 10.5 * mm, str(printed))

    # --- page 1 : couverture (non numérotée)
    c.setFillColor(green)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(light)
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    c.setFillColor(orange)
    c.rect(20 * mm, H - 62 * mm, 60 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV-B', 11)
    c.drawString(20 * mm, H - 30 * mm, 'LE RAMEAU  ·  OBSERVATOIRE DES PARTENARIATS')
    c.setFont('DV-B', 30)
    c.drawString(20 * mm, H - 52 * mm, 'DOSSIER DE PRESSE')
    tstyle = st('cov', 24, 31, 'DV-B', colors.white)
    sstyle = st('covs', 13, 18, 'DV', colors.white)
    flow(c, 20 * mm, 120 * mm, W - 40 * mm, 100 * mm, [
        P('Faire alliance : quinze ans de recherche pour des territoires qui coopèrent', tstyle),
        Spacer(1, 10),
        P('Charte du faire alliance, Fonds ODD 17, Fondation des Territoires : '
          'les repères d’une dynamique collective entre associations, entreprises, '
          'collectivités et fondations', sstyle)], 'couverture')
    cstyle = st('covb', 10, 14, 'DV', green)
    flow(c, 20 * mm, 15 * mm, W - 40 * mm, 45 * mm, [
        P('<b>Contenu :</b> édito, communiqué, chiffres clés, paroles d’acteurs, '
          'repères chronologiques, contacts presse.', cstyle),
        Spacer(1, 6),
        P('Sites de référence : www.lerameau.fr · observatoire-des-partenariats.fr · www.odd17.org',
          cstyle)], 'couverture bas')
    c.showPage()

    # --- page 2 : sommaire + édito (imprimée 3)
    frame_page(3)
    toc = st('toc', 10, 17)
    lines = [('Édito', '3'), ('Le communiqué : la Charte du faire alliance', '4'),
             ('Chiffres clés', '4'), ('Paroles d’acteurs', '5'),
             ('Repères chronologiques', '5'), ('À propos et contacts presse', '6')]
    items = [P('SOMMAIRE', h2)]
    for lab, num in lines:
        items.append(Paragraph(dots_line(lab, num, W - 40 * mm), toc))
    items += [Spacer(1, 18), P('ÉDITO', h2),
              P('Depuis sa création en 2006, Le RAMEAU observe, expérimente et partage ce qui se '
                'joue lorsque des organisations que tout semble séparer décident d’agir ensemble. '
                'Association reconnue d’intérêt général, il se définit comme un « laboratoire de '
                'recherche empirique » : on y part du terrain, on en tire des méthodes, puis on les '
                'remet à l’épreuve du terrain.', body),
              Spacer(1, 6),
              P('Ce dossier rassemble les temps forts récents de cette démarche : la Charte du faire '
                'alliance, le Fonds ODD 17 et la naissance de la Fondation des Territoires. Il '
                'rappelle aussi quelques résultats de l’Observatoire des partenariats, dont les '
                'enquêtes nourrissent depuis plus de quinze ans le débat public sur la '
                'co-construction.', body),
              Spacer(1, 6),
              P('Au fil des années, plus de 1 000 exemples inspirants ont été recensés et les '
                'expérimentations ont associé plus de 500 organisations depuis 2006. Ces chiffres '
                'disent une chose : l’alliance n’est plus une exception, c’est une pratique qui '
                'cherche ses outils.', body)]
    flow(c, 20 * mm, 24 * mm, W - 40 * mm, H - 50 * mm, items, 'sommaire')
    c.showPage()

    # --- page 3 : communiqué + chiffres clés (imprimée 4)
    frame_page(4)
    items = [P('COMMUNIQUÉ', caps), P('La Charte du faire alliance, un « contrat de confiance » '
                                      'pour coopérer en territoire', h2),
             P('Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, '
               'la Charte du faire alliance a été dévoilée le 30 novembre 2021, jour du Giving '
               'Tuesday, à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, au cours '
               'd’une soirée organisée avec VitaWin. Elle se présente comme un « contrat de '
               'confiance » entre les acteurs qui choisissent de coopérer.', body),
             Spacer(1, 4),
             P('<i>À noter : l’annonce parue sur associations.gouv.fr situe ce lancement au '
               '« mardi 30 septembre ». Les autres présentations de l’événement retiennent le '
               '30 novembre 2021.</i>', small),
             Spacer(1, 6),
             P('La Charte prolonge la démarche « Agir ensemble en Territoire », engagée dès 2010. '
               'Elle s’inscrit aussi dans la reconnaissance d’un droit de l’alliance d’intérêt '
               'général : la proposition de loi portée par Cathy Racon-Bouzon a été agréée par le '
               'Bureau de l’Assemblée nationale puis publiée au Journal officiel, tandis qu’une '
               'feuille de route ministérielle de 21 mesures en précise la mise en œuvre.', body),
             Spacer(1, 10), P('CHIFFRES CLÉS', h2)]
    big = st('big', 22, 26, 'DV-B', green, align=TA_CENTER)
    lab = st('lab', 8.5, 11, 'DV', colors.black, align=TA_CENTER)
    cells = [('81 %', 'des Français évoquent un « devoir d’alliance »'),
             ('92 %', 'des maires disent avoir « besoin d’alliance »'),
             ('84 %', 'des dirigeants d’entreprise ont « envie d’alliance »'),
             ('1,5 M€', 'de dotation pour le Fonds ODD 17, pour une expérimentation sur 3 ans'),
             ('350', '« catalyseurs territoriaux » visés par le Fonds ODD 17'),
             ('21', 'co-fondateurs pour la Fondation des Territoires')]
    data = []
    row = []
    for i, (n, t) in enumerate(cells):
        row.append([P(n, big), Spacer(1, 3), P(t, lab)])
        if len(row) == 3:
            data.append(row)
            row = []
    cw = (W - 40 * mm) / 3
    tab = Table(data, colWidths=[cw] * 3, rowHeights=[34 * mm, 34 * mm])
    tab.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, -1), light),
        ('INNERGRID', (0, 0), (-1, -1), 2, colors.white),
        ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
        ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8)]))
    items.append(tab)
    items.append(Spacer(1, 4))
    items.append(P('Sources : Le RAMEAU, présentation du droit de l’alliance d’intérêt général '
                   '(pourcentages) ; présentation du Fonds ODD 17 ; annonces de la Fondation des '
                   'Territoires.', st('src', 7.5, 10, 'DV-I', colors.HexColor('#555555'))))
    flow(c, 20 * mm, 22 * mm, W - 40 * mm, H - 48 * mm, items, 'communiqué')
    c.showPage()

    # --- page 4 : paroles d'acteurs + repères (imprimée 5)
    frame_page(5)
    qst = st('q', 11, 15.5, 'DV-I', colors.HexColor('#222222'))
    who = st('who', 8.5, 11.5, 'DV-B', green)

    def quote(text, name, role):
        t = Table([[[P('« ' + text + ' »', qst), Spacer(1, 5), P(name + ' — ' + role, who)]]],
                  colWidths=[W - 40 * mm])
        t.setStyle(TableStyle([
            ('BACKGROUND', (0, 0), (-1, -1), light),
            ('LINEBEFORE', (0, 0), (0, -1), 4, orange),
            ('LEFTPADDING', (0, 0), (-1, -1), 12), ('RIGHTPADDING', (0, 0), (-1, -1), 10),
            ('TOPPADDING', (0, 0), (-1, -1), 8), ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
        return t

    items = [P('PAROLES D’ACTEURS', h2),
             quote('Quinze ans de recherche nous ont appris une chose simple : aucun acteur ne '
                   'relève seul les défis de son territoire. L’alliance n’est pas un supplément '
                   'd’âme, c’est une méthode.',
                   'Charles-Benoît Heidsieck', 'président-fondateur du RAMEAU'),
             Spacer(1, 8),
             quote('La Charte du faire alliance n’est pas un label que l’on décerne. C’est un '
                   'contrat de confiance que chaque organisation peut s’approprier, à son rythme.',
                   'Laurence Weber', 'directrice générale du RAMEAU'),
             Spacer(1, 8),
             quote('Une donnée n’a de valeur que si elle aide à décider. Les enquêtes de '
                   'l’Observatoire sont conçues pour être utilisées par ceux qui agissent.',
                   'Anne Robin', 'directrice scientifique de l’Observatoire des partenariats, '
                   'fondatrice de COMISIS'),
             Spacer(1, 14), P('REPÈRES CHRONOLOGIQUES', h2)]
    bl = st('bl', 9.5, 13, leftIndent=12, bulletIndent=0)
    reps = [('2006', 'création du RAMEAU'),
            ('2008', 'lancement de l’Observatoire des partenariats par la Caisse des Dépôts et '
                     'Le RAMEAU, avec le MEDEF et le Mouvement associatif'),
            ('2010', 'début de la démarche « Agir ensemble en Territoire »'),
            ('novembre 2017', 'lancement du programme IMPACT'),
            ('juillet 2018', 'début de la préfiguration de la Fondation des Territoires'),
            ('2020', 'co-création du Fonds ODD 17 avec la Fondation TotalEnergies'),
            ('30 novembre 2021', 'dévoilement de la Charte du faire alliance'),
            ('14 juin 2022', 'création de la Fondation des Territoires, sous l’égide de la '
                             'Fondation de Lille')]
    for d, t in reps:
        items.append(Paragraph(fr('<b>' + d + '</b> — ' + t), bl, bulletText='•'))
    flow(c, 20 * mm, 22 * mm, W - 40 * mm, H - 48 * mm, items, 'paroles')
    c.showPage()

    # --- page 5 : à propos + contacts presse (imprimée 6)
    frame_page(6)
    box = st('box', 9.5, 13.5, align=TA_JUSTIFY)
    boxh = st('boxh', 11, 14, 'DV-B', green, spaceAfter=4)

    def panel(title, paras, bg):
        inner = [P(title, boxh)] + [P(p, box) for p in paras]
        t = Table([[inner]], colWidths=[(W - 46 * mm) / 2])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                               ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('LEFTPADDING', (0, 0), (-1, -1), 9),
                               ('RIGHTPADDING', (0, 0), (-1, -1), 9),
                               ('TOPPADDING', (0, 0), (-1, -1), 9),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 9)]))
        return t

    a = panel('À propos du RAMEAU',
              ['Créé en 2006 sous statut associatif et reconnu d’intérêt général, Le RAMEAU se '
               'décrit tantôt comme un « laboratoire de recherche empirique », tantôt comme un '
               '« laboratoire d’innovations partenariales ». Il s’est fixé trois missions, à '
               'commencer par celle de témoigner de ce que produisent les alliances.',
               'Son président-fondateur est Charles-Benoît Heidsieck ; sa directrice générale, '
               'Laurence Weber.'], light)
    b = panel('À propos de l’Observatoire',
              ['L’Observatoire des partenariats a été lancé en 2008 par la Caisse des Dépôts et '
               'Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Sa direction '
               'scientifique est assurée bénévolement par Anne Robin, fondatrice de COMISIS.',
               'Ses programmes quinquennaux se sont succédé : ARPEA, puis PHARE, puis IMPACT.'],
              light)
    two = Table([[a, b]], colWidths=[(W - 40 * mm) / 2] * 2)
    two.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                             ('LEFTPADDING', (0, 0), (-1, -1), 0),
                             ('RIGHTPADDING', (0, 0), (-1, -1), 0)]))
    cst = st('cst', 10.5, 16)
    contact = Table([[[P('CONTACTS PRESSE', st('ch', 14, 18, 'DV-B', colors.white)),
                       Spacer(1, 6),
                       P('Service de presse du RAMEAU', st('cw', 11, 15, 'DV-B', colors.white)),
                       P('Demandes d’entretien, de visuels et de logos : formulaire de contact du '
                         'site www.lerameau.fr', st('cw2', 10, 14, 'DV', colors.white)),
                       Spacer(1, 6),
                       P('Ressources en ligne', st('cw3', 11, 15, 'DV-B', colors.white)),
                       P('www.lerameau.fr — actualités et publications<br/>'
                         'observatoire-des-partenariats.fr — programmes et études<br/>'
                         'www.odd17.org — plateforme M.E.D.O.C.',
                         st('cw4', 10, 15, 'DV', colors.white)),
                       Spacer(1, 6),
                       P('Informations sous embargo : aucune. Les contenus de ce dossier peuvent '
                         'être repris librement, avec mention de la source.',
                         st('cw5', 9, 13, 'DV-I', colors.white))]]],
                    colWidths=[W - 40 * mm])
    contact.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), green),
                                 ('LEFTPADDING', (0, 0), (-1, -1), 14),
                                 ('TOPPADDING', (0, 0), (-1, -1), 12),
                                 ('BOTTOMPADDING', (0, 0), (-1, -1), 14)]))
    flow(c, 20 * mm, 22 * mm, W - 40 * mm, H - 48 * mm,
         [P('À PROPOS', h2), two, Spacer(1, 16), contact], 'contacts')
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 02 étude à notes
def doc02():
    W, H = A4
    blue = colors.HexColor('#23395d')
    c = new_canvas('obs-s64-02-etude-notes.pdf', 'Les associations et leurs alliances',
                   'Étude – lecture croisée des enquêtes sur les partenariats associatifs')
    body = st('b2', 10.6, 15.6, align=TA_JUSTIFY, firstLineIndent=10, spaceAfter=3)
    h2 = st('h2b', 11.5, 15, 'DV-B', blue, spaceBefore=6, spaceAfter=4)
    fn = st('fn', 7.6, 10, leftIndent=9, firstLineIndent=-9)

    def page(printed, items, notes, first=False):
        # titre courant
        c.setFont('DV', 8)
        c.setFillColor(colors.HexColor('#666666'))
        c.drawString(22 * mm, H - 14 * mm, 'ÉTUDE  ·  Les associations et leurs alliances')
        c.drawRightString(W - 22 * mm, H - 14 * mm, 'Observatoire des partenariats')
        c.setStrokeColor(blue)
        c.setLineWidth(0.5)
        c.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        # pied
        c.setFont('DV-B', 9)
        c.setFillColor(blue)
        if printed % 2:
            c.drawRightString(W - 22 * mm, 10 * mm, str(printed))
        else:
            c.drawString(22 * mm, 10 * mm, str(printed))
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#666666'))
        c.drawCentredString(W / 2, 10 * mm, 'Les Cahiers de l’Observatoire — lecture croisée des enquêtes')
        # notes de bas de page
        nh = sum(Paragraph(fr(n), fn).wrap(W - 44 * mm, 400)[1] + 1.5 for n in notes)
        ny = 16 * mm
        top = H - 21 * mm
        flow(c, 22 * mm, ny + nh + 14, W - 44 * mm, top - (ny + nh + 14), items, f'corps p{printed}')
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.black)
        c.line(22 * mm, ny + nh + 8, 72 * mm, ny + nh + 8)
        flow(c, 22 * mm, ny, W - 44 * mm, nh + 4, [P(n, fn) for n in notes], f'notes p{printed}')
        c.showPage()

    S = lambda n: f'<super><font size="6.5">{n}</font></super>'
    # page 1 (imprimée 17)
    t1 = st('t1', 17, 22, 'DV-B', blue)
    lab = st('lab2', 8.5, 11, 'DV-B', colors.HexColor('#b5442c'))
    abs_ = st('abs', 9, 13, 'DV-I', colors.HexColor('#333333'), align=TA_JUSTIFY)
    items = [P('ÉTUDE', lab), P('Les associations et leurs alliances : ce que disent les enquêtes',
                                t1), Spacer(1, 4),
             P('Résumé — Cette étude rapproche plusieurs enquêtes conduites par l’Observatoire des '
               'partenariats et ses partenaires. Elle décrit qui sont les partenaires des '
               'associations, à quelle échelle elles coopèrent et ce que ces alliances produisent, '
               'puis confronte ces résultats au regard des entreprises.', abs_),
             Spacer(1, 6),
             P('1. Un tissu associatif presque entièrement partenarial', h2),
             P('Le volet « Associations &amp; Territoires » du programme IMPACT s’intéresse aux '
               'associations qui emploient des salariés, soit environ 148 000 structures en '
               'France' + S(1) + '. Le premier constat est sans appel : 98 % d’entre elles déclarent '
               'au moins un partenariat' + S(2) + '. Ne pas coopérer est devenu, pour une '
               'association employeuse, une situation marginale.', body),
             P('Les collectivités territoriales restent de loin le premier partenaire : 89 % des '
               'associations employeuses travaillent avec elles. Viennent ensuite les autres '
               'structures d’intérêt général (73 %), puis les établissements scolaires (70 %). '
               'Les collectifs d’associations sont cités par 56 % des répondantes, les acteurs '
               'publics nationaux par 52 %' + S(3) + '.', body),
             P('Deux familles de partenaires ferment la marche : les fédérations professionnelles '
               '(37 %) et le monde académique (35 %). L’écart avec les collectivités rappelle que '
               'l’ancrage local structure la vie partenariale des associations, bien plus que les '
               'réseaux professionnels ou la recherche' + S(4) + '.', body),
             P('Ces résultats dessinent une association « carrefour », en relation avec une '
               'pluralité d’acteurs aux attentes différentes. Pour les responsables associatifs, '
               'cette diversité est à la fois une ressource et une charge : chaque partenariat '
               'suppose un suivi, des échanges réguliers et, souvent, un reporting spécifique. '
               'La question n’est donc plus seulement de savoir avec qui coopérer, mais comment '
               'articuler ces relations dans la durée sans épuiser les équipes.', body)]
    notes = ['1 Programme IMPACT, volet « Associations &amp; Territoires ». Le champ retenu est '
             'celui des associations employeuses, estimées à 148 000.',
             '2 Sont comptés tous les types de partenaires, publics comme privés.',
             '3 Réponses multiples : la somme des pourcentages dépasse 100 %.',
             '4 Les partenaires académiques regroupent universités, écoles et laboratoires.']
    page(17, items, notes, first=True)

    # page 2 (imprimée 18)
    items = [P('2. Des alliances d’abord locales, et de nature variée', h2),
             P('L’échelle locale domine : 73 % des associations employeuses y conduisent leurs '
               'partenariats, tandis que 47 % coopèrent aussi à l’échelle régionale' + S(5) + '. '
               'Quant au contenu de ces alliances, le mécénat arrive en tête (75 %), devant '
               'l’innovation sociétale (73 %) et les pratiques responsables (70 %). La coopération '
               'économique, plus exigeante, concerne 58 % des associations' + S(6) + '.', body),
             P('On remarquera que le même taux de 73 % décrit ici deux réalités distinctes : la '
               'part d’associations coopérant localement et la part engagée dans des projets '
               'd’innovation sociétale. Le rapprochement est fortuit.', body),
             P('3. Un regard plus ancien : l’enquête de 2016', h2),
             P('Une enquête conduite par Recherches &amp; Solidarités avec Le RAMEAU permet une '
               'comparaison' + S(7) + '. Les associations y déclarent 2,5 partenaires en moyenne. '
               'Les collectivités sont citées par 74 % d’entre elles, les associations et '
               'fondations par 72 %, l’enseignement par 47 %. Les entreprises n’arrivent qu’en '
               'quatrième position (28 %), devant les structures d’insertion (22 %) et la '
               'recherche (9 %).', body),
             P('La taille compte : plus le budget d’une association est élevé, plus un partenariat '
               'avec une entreprise est probable' + S(8) + '. Les petites associations, souvent '
               'sans salarié, coopèrent surtout avec leur commune et avec d’autres associations.',
               body),
             P('Les deux enquêtes ne mesurent pas exactement la même chose : la première porte sur '
               'les seules associations employeuses, la seconde sur un échantillon plus large de '
               'responsables associatifs. Les taux ne sont donc pas directement comparables.',
               body)]
    notes = ['5 Plusieurs échelles peuvent être citées par une même association.',
             '6 Mécénat : dons financiers, en nature ou de compétences reçus d’une entreprise.',
             '7 « Associations &amp; Partenariats », Recherches &amp; Solidarités et Le RAMEAU, '
             'publication de mars 2017. Questionnaire administré en mai-juin 2016 auprès de plus '
             'de 1 380 responsables associatifs.',
             '8 Parmi les associations dont le budget dépasse 150 000 €, 50 % ont un partenariat '
             'avec une entreprise ; la proportion tombe à 20 % pour celles dont le budget est '
             'inférieur à 10 000 €.']
    page(18, items, notes)

    # page 3 (imprimée 19)
    items = [P('4. Le point de vue des entreprises', h2),
             P('Du côté des entreprises, l’engagement partenarial progresse mais reste '
               'minoritaire. Une note du 29 février 2016, consacrée aux modèles de '
               'co-construction, estime que 37 % des entreprises d’au moins 10 salariés entretiennent un partenariat avec une '
               'association' + S(9) + '. Symétriquement, 38 % des associations ont un partenaire '
               'entreprise, proportion qui monte à 53 % chez les associations employeuses. Chez les '
               'organisations qualifiées de « pionnières », le taux atteint 65 %.', body),
             P('Quelques années plus tôt, l’étude ARPEA' + S(10) + ' « Entreprises &amp; '
               'Territoires », publiée en janvier 2011, dessinait un paysage plus contrasté : 21 % '
               'des entreprises développaient des partenariats, 33 % souhaitaient le faire, et '
               '46 % ne le souhaitaient pas' + S(11) + '.', body),
             P('Le même programme relevait qu’environ 46 % des associations étaient engagées avec '
               'une entreprise. La coïncidence des deux valeurs de 46 % — entreprises réticentes '
               'd’un côté, associations engagées de l’autre — invite à la prudence dans les '
               'lectures rapides.', body),
             P('5. Une opinion publique constante', h2),
             P('Les Français, eux, jugent de longue date qu’il est urgent de créer des '
               'partenariats' + S(12) + ' : 86 % le pensaient en 2008, 84 % en 2012. Cette '
               'stabilité tranche avec la lenteur de la diffusion des pratiques dans les '
               'entreprises.', body),
             P('Ce décalage entre une opinion favorable et des pratiques encore minoritaires '
               'est l’un des fils rouges des travaux de l’Observatoire. Il ne traduit pas un '
               'rejet : beaucoup d’entreprises qui ne coopèrent pas encore se disent prêtes à '
               'le faire, à condition de trouver le bon interlocuteur et un cadre de travail '
               'clair. L’enjeu se déplace alors de la conviction vers l’ingénierie du '
               'partenariat : identifier les besoins du territoire, choisir les partenaires, '
               'définir les engagements réciproques et en évaluer les effets.', body)]
    notes = ['9 Note du 29 février 2016 sur les modèles de co-construction.',
             '10 L’acronyme n’est pas développé de la même façon selon les documents : « Analyse '
             'des Relations et des Partenariats entre Entreprises et Associations » (rapport '
             'quinquennal de 2012), « Analyser les Relations Partenariales entre Entreprises et '
             'Associations » (page de présentation des données du RAMEAU), « Analyse des '
             'Relations Associations-Entreprises » (présentation du programme d’études). Le '
             'programme comptait 10 volets.',
             '11 Total : 100 % des entreprises interrogées.',
             '12 Programme ARPEA, volet Citoyens : 86 % en 2008, 84 % en 2012.']
    page(19, items, notes)

    # page 4 (imprimée 20)
    items = [P('6. Conclusion', h2),
             P('Les enquêtes convergent : les associations coopèrent massivement, d’abord avec les '
               'collectivités et à l’échelle locale ; les entreprises s’engagent plus lentement, '
               'et la taille de l’association reste un facteur décisif. L’enjeu n’est plus de '
               'convaincre de l’utilité des alliances, mais d’outiller leur pilotage' + S(13) + '.',
               body),
             P('Ces travaux s’inscrivent dans une histoire déjà longue. L’Observatoire des '
               'partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en '
               'partenariat avec le MEDEF et le Mouvement associatif' + S(14) + '. Son premier '
               'programme a donné lieu à un rapport quinquennal présenté le 11 décembre 2012. '
               'À la demande de la ministre Valérie Fourneyron, un rapport d’état des lieux des '
               'partenariats entre associations et entreprises a ensuite été publié au début de '
               'l’année 2014.', body),
             Spacer(1, 6),
             P('Reste à mesurer ce que ces alliances changent réellement pour les territoires '
               'et pour les personnes accompagnées. C’est l’objet des travaux d’évaluation '
               'engagés dans le cadre du programme IMPACT, qui croisent le regard des '
               'associations, des entreprises, des collectivités et des fondations.', body),
             Spacer(1, 6),
             P('Sources principales', h2),
             P('• Programme IMPACT, résultats « Associations &amp; Territoires » ; '
               'latwoconseil.fr/association-et-territoires-resultats-etude-impact/', st('src2', 8.5, 12)),
             P('• « Associations &amp; Partenariats », mars 2017 ; agori.fr (article du 22 mai '
               '2017)', st('src3', 8.5, 12)),
             P('• Note du 29 février 2016 sur les modèles de co-construction', st('src4', 8.5, 12)),
             P('• Étude ARPEA « Entreprises &amp; Territoires », janvier 2011', st('src5', 8.5, 12)),
             P('• Rapport quinquennal de l’Observatoire national des partenariats, 11 décembre 2012',
               st('src6', 8.5, 12))]
    notes = ['13 Selon le programme IMPACT, 46 % des maires déclarent ne pas savoir piloter les '
             'alliances de leur territoire.',
             '14 Les documents de 2011 (ARPEA « Entreprises &amp; Territoires ») et de 2012 '
             '(rapport quinquennal) indiquent au contraire une création en 2007 : « Créé en 2007, '
             'l’Observatoire national des partenariats associations / entreprises… ». Les '
             'présentations actuelles retiennent 2008.']
    page(20, items, notes)
    c.save()


# ---------------------------------------------------------------- 03 FAQ deux colonnes
def doc03():
    W, H = A4
    teal = colors.HexColor('#0f6e77')
    c = new_canvas('obs-s64-03-faq.pdf', 'Foire aux questions – Observatoire des partenariats',
                   'FAQ sur Le RAMEAU, l’Observatoire et ses programmes')
    q = st('q3', 10, 13.4, 'DV-B', teal, spaceBefore=8, spaceAfter=2, keepWithNext=1)
    a = st('a3', 9.6, 13.4, align=TA_LEFT)
    faq = [
        ('Qu’est-ce que Le RAMEAU ?',
         'Une association d’intérêt général créée en 2006, qui se présente comme un « laboratoire '
         'de recherche empirique » sur les alliances. Elle poursuit trois missions, dont celle de '
         'témoigner.'),
        ('Qui le dirige ?',
         'Charles-Benoît Heidsieck en est le président-fondateur et Laurence Weber la directrice '
         'générale.'),
        ('Quand l’Observatoire des partenariats est-il né ?',
         'En 2008, à l’initiative de la Caisse des Dépôts et du RAMEAU, avec le MEDEF et le '
         'Mouvement associatif. Attention : des documents de 2011 et 2012 indiquent « créé en '
         '2007 », sous le nom d’Observatoire national des partenariats associations / '
         'entreprises.'),
        ('Qui pilote ses travaux scientifiques ?',
         'Anne Robin, fondatrice de COMISIS, qui exerce la direction scientifique bénévolement.'),
        ('Quels programmes se sont succédé ?',
         'ARPEA (2008-2012), puis PHARE (2013-2018 ; certaines pages de l’Observatoire écrivent '
         '2013-2017), puis IMPACT (2018-2022), lancé en novembre 2017.'),
        ('Que contenait PHARE ?',
         'Six volets : Citoyens (septembre 2015), Entreprises (octobre 2015), Associations '
         '(novembre 2015), 13 rapports régionaux (2016), des diagnostics sectoriels (juillet 2016) '
         'et Institutions (automne 2016).'),
        ('Qui porte le programme IMPACT ?',
         'La Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, la Fondation '
         'TOTAL et Le RAMEAU. Trois axes : innovation sociétale et territoriale, performance des '
         'organisations, confiance.'),
        ('Que signifie M.E.D.O.C. ?',
         'Méthodes, Exemples, Données, Outils, Compétences : les cinq entrées de la plateforme '
         'www.odd17.org.'),
        ('Combien de cibles compte l’ODD 17 ?',
         '19 cibles, détaillées dans la note du Comité 21 « ODD 17 : Sens, décryptages, '
         'déclinaisons », présentée le 5 juillet.'),
        ('Qu’est-ce que le Fonds ODD 17 ?',
         'Un fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Doté de 1,5 M€, il '
         'finance une expérimentation de trois ans et vise 350 « catalyseurs territoriaux ».'),
        ('Et le parcours d’expérience avec le CGET ?',
         'Un parcours de 18 mois ouvert à 11 territoires pionniers, dont la première session a eu '
         'lieu le 3 mai. Une autre présentation évoque « le CGET et 10 territoires pilotes ».'),
        ('D’où vient « Agir ensemble en Territoire » ?',
         'La démarche est née en 2010, après l’étude ARPEA-Collectivités locales réalisée par '
         'Comisis-OpinionWay. Territoires pilotes : l’Alsace (avec Alsace Active), le '
         'Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne &amp; Bois.'),
        ('Qu’est-ce que la Fondation des Territoires ?',
         'Préfigurée à partir de juillet 2018, elle a été créée le 14 juin 2022 sous l’égide de '
         'la Fondation de Lille. Elle réunit 21 co-fondateurs et s’est donné trois missions.'),
        ('Quelle mission le gouvernement a-t-il confiée ?',
         'Lors du FNAF 2019, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et '
         'Charles-Benoît Heidsieck. Le rapport a été remis le 7 mai 2020 ; un bilan a suivi le '
         '17 octobre 2020.'),
        ('Où en est le droit de l’alliance ?',
         'Une proposition de loi sur le « droit de l’alliance d’intérêt général », portée par '
         'Cathy Racon-Bouzon et déposée en février, a été agréée par le Bureau de l’Assemblée '
         'nationale et publiée au Journal officiel.'),
        ('Que disent les données de sortie de crise ?',
         '81 % des Français et 84 % des dirigeants de TPE et PME jugent utile de co-construire '
         'pour rebondir après la Covid. Plus de 250 données ont été inventoriées pour agir vite, '
         'autour de trois indicateurs : innovation, performance, confiance.'),
        ('Qu’est-ce que la Charte du faire alliance ?',
         'Un texte élaboré en trois mois de co-construction, sous le pilotage de la Fondation des '
         'Territoires, et présenté comme un « contrat de confiance ». Il a été lancé le 30 novembre '
         '2021 à Saint-Maurice, lors du Giving Tuesday.'),
        ('Qu’a apporté le volet PHARE-Institutions ?',
         'Publié le 29 novembre 2016, il propose une typologie de cinq profils de maires face aux '
         'alliances.'),
        ('Combien d’associations employeuses sont concernées ?',
         'Le programme IMPACT en compte 148 000 ; 98 % d’entre elles ont au moins un partenariat.'),
        ('Le RAMEAU a-t-il beaucoup expérimenté ?',
         'Oui : plus de 500 organisations ont participé à ses expérimentations depuis 2006, et plus '
         'de 1 000 exemples inspirants ont été recensés.'),
        ('Que retenir de PHARE-Citoyens ?',
         'Plus de 2 000 personnes ont été interrogées. L’emploi arrive en tête des enjeux du '
         'territoire, avec une note de 7,1 sur 10.'),
        ('Les fondations ont-elles été interrogées ?',
         'Oui : l’étude IMPACT consacrée aux fondations et aux territoires, publiée le 23 '
         'septembre, s’appuie sur 42 fondations.'),
        ('Et les maires, récemment ?',
         'En 2024, 302 maires ont été interrogés par téléphone ; 91 % jugent leur territoire '
         'en mouvement.'),
        ('Existe-t-il un état des lieux officiel ?',
         'Oui : à la demande de la ministre Valérie Fourneyron, un rapport sur les partenariats '
         'associations-entreprises a été publié début 2014. Le rapport quinquennal de '
         'l’Observatoire datait, lui, du 11 décembre 2012.'),
    ]
    colw = (W - 40 * mm - 8 * mm) / 2
    more = Table([[[P('POUR ALLER PLUS LOIN', st('pl', 10, 13, 'DV-B', colors.white)),
                    P('www.lerameau.fr — publications et actualités<br/>'
                      'observatoire-des-partenariats.fr — programmes ARPEA, PHARE, IMPACT<br/>'
                      'www.odd17.org — méthodes et outils M.E.D.O.C.',
                      st('pl2', 9, 13, 'DV', colors.white))]]], colWidths=[colw])
    more.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), teal),
                              ('LEFTPADDING', (0, 0), (-1, -1), 8),
                              ('TOPPADDING', (0, 0), (-1, -1), 8),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
    story = []
    for qq, aa in faq:
        # une question et sa réponse forment un bloc insécable
        blk = Table([[[P(qq, q), P(aa, a)]]], colWidths=[colw])
        blk.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0),
                                 ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                                 ('TOPPADDING', (0, 0), (-1, -1), 0),
                                 ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
        story.append(blk)
    story += [Spacer(1, 10), more]
    top = H - 42 * mm
    for printed in (11, 12):
        # bandeau
        c.setFillColor(teal)
        c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 20)
        c.drawString(20 * mm, H - 16 * mm, 'FOIRE AUX QUESTIONS')
        c.setFont('DV', 10)
        c.drawString(20 * mm, H - 24 * mm, 'L’Observatoire des partenariats et Le RAMEAU en 24 questions')
        c.setFont('DV-B', 9)
        c.drawRightString(W - 20 * mm, H - 16 * mm, 'FAQ')
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.setLineWidth(0.5)
        c.line(W / 2, 22 * mm, W / 2, top)
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#666666'))
        c.drawString(20 * mm, 12 * mm, 'Guide pratique du partenaire — observatoire-des-partenariats.fr')
        c.setFont('DV-B', 9)
        c.drawRightString(W - 20 * mm, 12 * mm, f'page {printed}')
        for col in range(2):
            x = 20 * mm + col * (colw + 8 * mm)
            f = Frame(x, 22 * mm, colw, top - 22 * mm, 0, 0, 0, 0, showBoundary=0)
            f.addFromList(story, c)
        c.showPage()
    if story:
        raise SystemExit('FAQ : débordement')
    c.save()


# ---------------------------------------------------------------- 04 rapport d'activité
def doc04():
    W, H = A4
    plum = colors.HexColor('#5b2a6e')
    pale = colors.HexColor('#f1e9f4')
    c = new_canvas('obs-s64-04-rapport-activite.pdf', 'Rapport d’activité – extrait',
                   'Rapport d’activité de l’Observatoire des partenariats (extrait)')
    body = st('b4', 9.6, 13.8, align=TA_JUSTIFY)
    h2 = st('h2d', 12, 16, 'DV-B', plum, spaceBefore=4, spaceAfter=5)
    cap = st('cap4', 8.8, 11.5, 'DV-B', colors.black, spaceAfter=3)
    note = st('n4', 7.5, 10, 'DV-I', colors.HexColor('#444444'))
    cell = st('cell', 8.5, 10.5)
    cellb = st('cellb', 8.5, 10.5, 'DV-B')
    cellr = st('cellr', 8.5, 10.5, align=TA_RIGHT)
    cellrb = st('cellrb', 8.5, 10.5, 'DV-B', align=TA_RIGHT)

    def chrome(printed):
        c.setFillColor(plum)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 9)
        c.drawString(20 * mm, H - 9 * mm, 'RAPPORT D’ACTIVITÉ')
        c.setFont('DV', 8.5)
        c.drawRightString(W - 20 * mm, H - 9 * mm, 'Observatoire des partenariats · Le RAMEAU')
        c.setFillColor(plum)
        c.setFont('DV-B', 10)
        c.drawRightString(W - 20 * mm, 10 * mm, f'{printed}')
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#666666'))
        c.drawString(20 * mm, 10 * mm, 'Rapport d’activité — chapitre 2 : les études et leurs publics')

    def grid(data, widths, total_row=True):
        t = Table(data, colWidths=widths, repeatRows=1)
        sty = [('BACKGROUND', (0, 0), (-1, 0), plum),
               ('TEXTCOLOR', (0, 0), (-1, 0), colors.white),
               ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9c86a6')),
               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
               ('ROWBACKGROUNDS', (0, 1), (-1, -2 if total_row else -1), [colors.white, pale])]
        if total_row:
            sty += [('BACKGROUND', (0, -1), (-1, -1), colors.HexColor('#dccbe4')),
                    ('LINEABOVE', (0, -1), (-1, -1), 1.2, plum)]
        t.setStyle(TableStyle(sty))
        return t

    hd = st('hd', 8.5, 10.5, 'DV-B', colors.white, align=TA_RIGHT)
    hdl = st('hdl', 8.5, 10.5, 'DV-B', colors.white)

    def row(label, vals, bold=False):
        return [P(label, cellb if bold else cell)] + [P(v, cellrb if bold else cellr) for v in vals]

    # page 1 (imprimée 14)
    chrome(14)
    years = ['2015', '2016', '2017', '2020', '2024', 'Ensemble']
    data = [[P('Public étudié', hdl)] + [P(y, hd) for y in years],
            row('Citoyens', ['1', '–', '–', '–', '–', '1']),
            row('Entreprises', ['1', '–', '–', '–', '–', '1']),
            row('Associations', ['1', '–', '1', '–', '–', '2']),
            row('Territoires (rapports régionaux)', ['–', '13', '–', '–', '–', '13']),
            row('Secteurs (diagnostics) (a)', ['–', '1', '–', '–', '–', '1']),
            row('Institutions et élus locaux', ['–', '1', '–', '1', '1', '3']),
            row('Total', ['3', '15', '1', '1', '1', '21'], bold=True)]
    tw = W - 40 * mm
    t1 = grid(data, [tw * 0.32] + [tw * 0.105] * 5 + [tw * 0.155])
    items = [P('2.1 Quinze ans d’études : qui a-t-on interrogé, et quand ?', h2),
             P('L’Observatoire des partenariats publie ses résultats par public : citoyens, '
               'entreprises, associations, territoires, institutions. Le tableau ci-dessous '
               'recense les publications repères parues depuis le lancement du programme PHARE, '
               'en les classant par public étudié et par année de parution.', body),
             Spacer(1, 4),
             P('L’année 2016 se détache nettement : la déclinaison régionale de PHARE y a donné '
               'lieu à une série de rapports territoriaux, à laquelle se sont ajoutés les '
               'diagnostics sectoriels de juillet et le volet Institutions, publié le 29 novembre '
               '2016 avec sa typologie de cinq profils de maires.', body),
             Spacer(1, 8),
             P('Tableau 1 — Publications repères, par public étudié et par année de parution '
               '(nombre de publications)', cap), t1, Spacer(1, 3),
             P('(a) Les diagnostics sectoriels de juillet 2016 sont comptés comme un seul volet. '
               'Associations 2017 : étude « Associations &amp; Partenariats » (mars 2017). '
               'Institutions et élus locaux : PHARE-Institutions (2016), IMPACT-Elus locaux '
               '(novembre 2020), IMPACTS &amp; TRAJECTOIRES – Elus locaux (novembre 2024).', note),
             Spacer(1, 10),
             P('2.2 Des échantillons de taille très variable', h2),
             P('Les enquêtes ne reposent pas toutes sur le même dispositif. Les plus larges '
               'interrogent plusieurs milliers de personnes ; les enquêtes auprès des élus '
               'portent sur quelques centaines de maires.', body), Spacer(1, 6)]
    data2 = [[P('Répondants', hdl)] + [P(y, hd) for y in ['2015', '2016', '2024', 'Ensemble']],
             row('Citoyens (PHARE-Citoyens)', ['plus de 2 000', '–', '–', 'plus de 2 000']),
             row('Responsables associatifs', ['–', 'plus de 1 380', '–', 'plus de 1 380']),
             row('Maires', ['–', '–', '302', '302']),
             row('Total', ['plus de 2 000', 'plus de 1 380', '302', 'plus de 3 682'], bold=True)]
    t2 = grid(data2, [tw * 0.32, tw * 0.17, tw * 0.17, tw * 0.17, tw * 0.17])
    items += [P('Tableau 2 — Nombre de répondants, par type d’acteur et par année d’enquête', cap),
              t2, Spacer(1, 3),
              P('Responsables associatifs : enquête de mai-juin 2016 (Recherches &amp; Solidarités '
                'et Le RAMEAU). Maires : enquête de l’automne 2024 détaillée en page 16.', note)]
    flow(c, 20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, items, 'rapport p1')
    c.showPage()

    # page 2 (imprimée 15)
    chrome(15)
    data3 = [[P('Type d’acteur', hdl), P('PHARE 2015-2016 (b)', hd), P('IMPACT 2018-2022 (c)', hd)],
             row('Français / citoyens', ['69 %', '74 % (d)']),
             row('Dirigeants d’entreprise', ['81 %', '81 %']),
             row('Responsables associatifs', ['86 %', '86 %']),
             row('Maires', ['87 %', '87 %'])]
    t3 = grid(data3, [tw * 0.40, tw * 0.30, tw * 0.30], total_row=False)
    items = [P('2.3 Une adhésion large et stable', h2),
             P('D’une vague d’enquêtes à l’autre, les différents types d’acteurs expriment une '
               'adhésion élevée à la logique d’alliance. Les questions ne sont pas strictement '
               'identiques d’un programme à l’autre : PHARE interrogeait le « devoir d’alliance », '
               'IMPACT demande si les partenariats sont une source d’innovation.', body),
             Spacer(1, 8),
             P('Tableau 3 — Adhésion aux alliances, par type d’acteur et par période de programme '
               '(% de répondants)', cap), t3, Spacer(1, 3),
             P('(b) Citoyens : PHARE-Citoyens, septembre 2015 (« devoir d’alliance ») ; maires : '
               'PHARE-Institutions. (c) Part des répondants pour qui les partenariats sont source '
               'd’innovation. (d) Une autre présentation des mêmes résultats IMPACT indique 69 % '
               'des citoyens, et non 74 %.', note),
             Spacer(1, 10),
             P('2.4 Les maires, entre engagement et besoin d’outils', h2),
             P('Les élus locaux sont les plus convaincus, mais aussi ceux qui expriment le plus '
               'nettement un besoin d’accompagnement. Dans le programme IMPACT, 76 % des maires '
               'estiment que leur territoire est engagé, alors que 46 % reconnaissent ne pas '
               'savoir piloter les alliances.', body),
             P('L’étude IMPACT-Elus locaux, réalisée en novembre 2020 par Comisis-OpinionWay, a '
               'donné naissance à une fiche-repère intitulée « Les dynamiques d’engagement des '
               'Collectivités territoriales », dévoilée au Congrès des maires. Une fiche acteur '
               'sur la « Dynamique d’engagement des Fondations » complète la collection.', body),
             ]
    flow(c, 20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, items, 'rapport p2')
    c.showPage()

    # page 3 (imprimée 16)
    chrome(16)
    data4 = [[P('Étape', hdl), P('Période', hdl)],
             [P('Étape 1', cell), P('juillet 2018 – juillet 2019', cell)],
             [P('Étape 2', cell), P('août 2019 – novembre 2020', cell)],
             [P('Étape 3', cell), P('décembre 2020 – mai 2022', cell)],
             [P('Création officielle', cellb), P('14 juin 2022', cellb)]]
    t4 = grid(data4, [tw * 0.40, tw * 0.60], total_row=False)
    kf = st('kf4', 20, 24, 'DV-B', plum, align=TA_CENTER)
    kl = st('kl4', 8.3, 10.8, align=TA_CENTER)
    kdata = [[[P('302', kf), P('maires interrogés', kl)],
              [P('91 %', kf), P('jugent leur territoire « en mouvement »', kl)],
              [P('84 %', kf), P('des répondants vivent dans une commune de moins de 2 000 habitants', kl)]]]
    kt = Table(kdata, colWidths=[tw / 3] * 3, rowHeights=[30 * mm])
    kt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), pale),
                            ('INNERGRID', (0, 0), (-1, -1), 2, colors.white),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    items = [P('2.5 Élus locaux : la vague 2024', h2),
             P('L’enquête IMPACTS &amp; TRAJECTOIRES – Elus locaux, publiée en novembre 2024, a été '
               'menée par téléphone du 30 septembre au 28 octobre 2024 auprès de 302 maires. '
               '91 % d’entre eux décrivent un territoire en mouvement : 35 % le jugent fortement '
               'en mouvement, 56 % « ni plus ni moins ». L’échantillon reflète la France des '
               'petites communes : 84 % des répondants sont élus de communes de moins de '
               '2 000 habitants.', body),
             Spacer(1, 8), kt, Spacer(1, 12),
             P('2.6 Le RAMEAU, un laboratoire au long cours', h2),
             P('Depuis 2006, les expérimentations du RAMEAU ont mobilisé plus de 500 organisations '
               'et plus de 1 000 exemples inspirants ont été recensés. L’ensemble représente '
               'quinze ans de recherche, dont cinq ans consacrés à l’étude d’impact.', body),
             P('Les élus restent au cœur de cette dynamique : lors du troisième dîner « Elus &amp; '
               'Entreprises », 64 % des élus locaux se disaient prêts à s’appuyer sur le « jouer '
               'collectif », et 92 % des maires reconnaissaient l’utilité de la co-construction.',
               body),
             Spacer(1, 8),
             Spacer(1, 6),
             P('2.7 La Fondation des Territoires, de la préfiguration à la création', h2),
             P('Portée par la dynamique des alliances territoriales, la Fondation des Territoires a '
               'été préfigurée en trois étapes avant sa création officielle sous l’égide de la '
               'Fondation de Lille, avec 21 co-fondateurs.', body), Spacer(1, 4),
             P('Tableau 4 — Préfiguration de la Fondation des Territoires', cap), t4,
             Spacer(1, 10),
             P('Pour en savoir plus : observatoire-des-partenariats.fr/le-programme-phare · '
               'www.lerameau.fr/le-programme-impact/', note)]
    flow(c, 20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, items, 'rapport p3')
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 05 lettre d'information (courriel imprimé)
def doc05():
    W, H = A4
    navy = colors.HexColor('#1d3f72')
    grey = colors.HexColor('#666666')
    c = new_canvas('obs-s64-05-lettre-information.pdf', 'Lettre de l’Observatoire – novembre',
                   'Lettre d’information mensuelle (courriel imprimé)')
    hdr = st('hdr', 9, 13)
    body = st('b5', 9.6, 13.8, align=TA_LEFT)
    rub = st('rub', 10, 13, 'DV-B', navy, spaceBefore=8, spaceAfter=3)
    link = st('lnk', 8.2, 11, 'DV', colors.HexColor('#1a56c4'))
    bl = st('bl5', 9.4, 13.2, leftIndent=12)
    tiny = st('tiny', 7.6, 10.2, 'DV', grey)

    def chrome(n):
        c.setFont('DV', 7.5)
        c.setFillColor(grey)
        c.drawString(15 * mm, H - 9 * mm, 'Messagerie — Impression du message')
        c.drawRightString(W - 15 * mm, H - 9 * mm, '2 nov., 08:31')
        c.drawString(15 * mm, 8 * mm, 'https://webmail.exemple.org/message/lettre-observatoire')
        c.drawRightString(W - 15 * mm, 8 * mm, f'Page {n} sur 2')

    def rule(items):
        t = Table([['']], colWidths=[W - 50 * mm], rowHeights=[2])
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, -1), 0.6, colors.HexColor('#c7d3e6'))]))
        items.append(t)

    # page 1
    chrome(1)
    head = Table([[P('<b>De :</b>', hdr), P('La Lettre de l’Observatoire &lt;lettre@observatoire-des-partenariats.fr&gt;', hdr)],
                  [P('<b>À :</b>', hdr), P('abonnes-lettre@observatoire-des-partenariats.fr', hdr)],
                  [P('<b>Date :</b>', hdr), P('2 nov., 08:30', hdr)],
                  [P('<b>Objet :</b>', hdr), P('<b>Lettre de novembre — la Normandie à l’honneur, un dîner et un webinaire</b>', hdr)]],
                 colWidths=[20 * mm, W - 55 * mm])
    head.setStyle(TableStyle([('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.black),
                              ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                              ('LEFTPADDING', (0, 0), (-1, -1), 0),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    banner = Table([[P('LA LETTRE DE L’OBSERVATOIRE DES PARTENARIATS',
                       st('ban', 12, 15, 'DV-B', colors.white, align=TA_CENTER))],
                    [P('Lettre d’information mensuelle · édition de novembre',
                       st('ban2', 8.5, 11, 'DV', colors.white, align=TA_CENTER))]],
                   colWidths=[W - 50 * mm])
    banner.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), navy),
                                ('TOPPADDING', (0, 0), (-1, -1), 5),
                                ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    items = [head, Spacer(1, 10), banner, Spacer(1, 6),
             P('Bonjour,', body),
             P('Novembre sera riche : un nouveau rapport régional, un dossier juridique, un dîner '
               'entre élus et chefs d’entreprise et un webinaire consacré à l’ODD 17. Voici '
               'l’essentiel.', body)]
    items.append(P('À LA UNE', rub))
    rule(items)
    items += [P('<b>La Normandie, onzième région passée au crible.</b> Le 11e rapport régional de '
                'l’Observatoire des partenariats, consacré à la Normandie, paraît le 26 novembre. '
                'Il dresse le portrait des alliances entre associations, entreprises et '
                'collectivités de la région.', body),
              P('Lire la présentation : '
                'https://www.lerameau.fr/11eme-rapport-regional-de-lobservatoire-des-partenariats-normandie/',
                link)]
    items.append(P('AGENDA DU MOIS', rub))
    rule(items)
    for d, t in [('15 novembre', 'parution d’un dossier dans JURIS Associations n°628'),
                 ('23 novembre', '3e dîner « Elus &amp; Entreprises »'),
                 ('26 novembre', 'publication du rapport régional Normandie'),
                 ('26 novembre', '5e webinaire « l’ODD 17 en pratique » — inscription sur le '
                                 'site du RAMEAU')]:
        items.append(Paragraph(fr(f'<b>{d}</b> — {t}'), bl, bulletText='▸'))
    items.append(P('LE CHIFFRE DU MOIS', rub))
    rule(items)
    ct = Table([[P('64 %', st('cm', 24, 28, 'DV-B', navy, align=TA_CENTER)),
                 P('des élus locaux veulent s’appuyer sur le « jouer collectif ». Et 92 % des maires '
                   'reconnaissent l’utilité de la co-construction. Ces résultats serviront de fil '
                   'rouge au dîner du 23 novembre.', body)]],
               colWidths=[35 * mm, W - 85 * mm])
    ct.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eef3fa')),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                            ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    items += [ct, P('En savoir plus : http://www.lerameau.fr/diner-elus-entreprises-quel-menu/', link)]
    flow(c, 25 * mm, 16 * mm, W - 50 * mm, H - 32 * mm, items, 'lettre p1')
    c.showPage()

    # page 2
    chrome(2)
    items = [P('À (RE)DÉCOUVRIR', rub)]
    rule(items)
    items += [P('<b>ODD 17 : la note de décryptage.</b> Le Comité 21 a présenté le 5 juillet sa '
                'note « ODD 17 : Sens, décryptages, déclinaisons ». On y rappelle que l’objectif de '
                'développement durable n° 17, celui des partenariats, se décline en 19 cibles.', body),
              P('https://associations.gouv.fr/decouvrez-la-note-de-decryptages-sur-l-odd-17-le-5-juillet.html',
                link),
              Spacer(1, 4),
              P('<b>La boîte à outils M.E.D.O.C.</b> Méthodes, Exemples, Données, Outils, '
                'Compétences : cinq portes d’entrée pour passer de l’intention à l’action, '
                'rassemblées sur la plateforme www.odd17.org.', body),
              Spacer(1, 4),
              P('<b>Fondations et territoires.</b> L’étude IMPACT consacrée aux fondations, publiée '
                'le 23 septembre, repose sur les réponses de 42 fondations. Elle est complétée par '
                'une fiche acteur, « Dynamique d’engagement des Fondations ».', body),
              P('http://www.mecenova.org/le-rameau-etude-impact-fondations/', link)]
    items.append(P('LE SAVIEZ-VOUS ?', rub))
    rule(items)
    items += [P('Le RAMEAU, qui anime l’Observatoire avec la Caisse des Dépôts, a vu le jour en '
                '2006. Plus de 1 000 exemples inspirants d’alliances y ont été recensés. Ses '
                'publications sont en accès libre sur www.lerameau.fr.', body),
              Spacer(1, 14)]
    foot = Table([[P('Vous recevez cette lettre mensuelle parce que vous êtes abonné(e) à la Lettre '
                     'de l’Observatoire des partenariats. Pour ne plus la recevoir, utilisez le '
                     'lien de désinscription : <u>Se désinscrire</u> · <u>Gérer mes préférences</u>. '
                     'Conformément à la réglementation, vos données ne servent qu’à l’envoi de '
                     'cette lettre.', tiny)]], colWidths=[W - 50 * mm])
    foot.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, -1), 0.5, grey),
                              ('TOPPADDING', (0, 0), (-1, -1), 6)]))
    items.append(foot)
    flow(c, 25 * mm, 16 * mm, W - 50 * mm, H - 32 * mm, items, 'lettre p2')
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 06 poster scientifique
def doc06():
    W, H = landscape(A3)
    red = colors.HexColor('#8c1c13')
    sand = colors.HexColor('#f6efe6')
    c = new_canvas('obs-s64-06-poster-phare-citoyens.pdf', 'Poster – PHARE-Citoyens',
                   'Poster scientifique : attentes des citoyens envers les alliances', size=(W, H))
    c.setFillColor(sand)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(red)
    c.rect(0, H - 34 * mm, W, 34 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV-B', 9)
    c.drawString(15 * mm, H - 9 * mm, 'POSTER SCIENTIFIQUE')
    c.setFont('DV-B', 24)
    c.drawString(15 * mm, H - 21 * mm, 'Ce que les Français attendent des alliances : résultats de PHARE-Citoyens')
    c.setFont('DV', 11)
    c.drawString(15 * mm, H - 29 * mm, 'Observatoire des partenariats — programme PHARE, volet Citoyens (septembre 2015)')
    c.setFillColor(red)
    c.rect(0, 0, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('DV', 9)
    c.drawString(15 * mm, 4.5 * mm, 'observatoire-des-partenariats.fr/le-programme-phare')
    c.drawRightString(W - 15 * mm, 4.5 * mm, 'Observatoire des partenariats · Le RAMEAU')

    h = st('ph', 19, 24, 'DV-B', red, spaceAfter=6, spaceBefore=6)
    b = st('pb', 13, 18.5, align=TA_JUSTIFY, spaceAfter=4)
    bl = st('pbl', 13, 18.5, leftIndent=16, spaceAfter=3)
    note = st('pn', 11, 15, 'DV-I', colors.HexColor('#333333'))
    gap = 10 * mm
    colw = (W - 30 * mm - 2 * gap) / 3
    y0, y1 = 20 * mm, H - 44 * mm

    def box(x, items, what):
        c.setFillColor(colors.white)
        c.roundRect(x - 4 * mm, y0 - 4 * mm, colw + 8 * mm, y1 - y0 + 8 * mm, 4 * mm, stroke=0, fill=1)
        flow(c, x, y0, colw, y1 - y0, items, what)

    x1 = 15 * mm
    box(x1, [P('Introduction', h),
             P('Le programme PHARE (2013-2018) a mesuré, acteur par acteur, la perception des '
               'alliances entre organisations. Son volet Citoyens, publié en septembre 2015, ouvre '
               'une série de six volets : Citoyens, Entreprises, Associations, 13 rapports '
               'régionaux, diagnostics sectoriels et Institutions.', b),
             P('Question posée : quels enjeux les Français jugent-ils prioritaires pour leur '
               'territoire, et sur quels enjeux attendent-ils un impact fort des partenariats '
               'entre associations, entreprises et pouvoirs publics ?', b),
             P('Méthode', h),
             Paragraph(fr('Enquête auprès de plus de 2 000 personnes.'), bl, bulletText='•'),
             Paragraph(fr('Chaque enjeu du territoire reçoit une note moyenne sur 10.'), bl,
                       bulletText='•'),
             Paragraph(fr('Pour chaque domaine, part des répondants qui attendent un impact fort '
                          'des partenariats.'), bl, bulletText='•')], 'poster col1')

    x2 = x1 + colw + gap
    box(x2, [P('Résultats (1) : la hiérarchie des enjeux', h),
             P('Notes moyennes sur 10 attribuées aux enjeux du territoire.', b)], 'poster col2')
    scores = [('Emploi', 7.1, '7,1/10'), ('Pouvoir d’achat', 6.6, '6,6/10'),
              ('Sécurité', 6.6, '6,6/10 *'), ('Développement économique', 6.5, '6,5/10'),
              ('Environnement', 6.3, '6,3/10'), ('Exclusion', 6.3, '6,3/10')]
    top = y1 - 42 * mm
    barmax = colw - 40 * mm
    for i, (lab, v, txt) in enumerate(scores):
        yy = top - i * 21 * mm
        c.setFillColor(colors.black)
        c.setFont('DV', 13)
        c.drawString(x2, yy + 3 * mm, lab)
        c.setFillColor(red if i == 0 else colors.HexColor('#c97b63'))
        c.rect(x2, yy - 6 * mm, barmax * v / 10, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont('DV-B', 13)
        c.drawString(x2 + barmax * v / 10 + 3 * mm, yy - 4 * mm, txt)
    flow(c, x2, y0, colw, 45 * mm,
         [P('* Sécurité : 6,6/10 selon la publication des résultats sur la plateforme de '
            'capitalisation ; un article de presse consacré à la même enquête indique 7/10.', note),
          Spacer(1, 5),
          P('Lecture : l’emploi arrive en tête des préoccupations territoriales, devant le pouvoir '
            'd’achat et la sécurité ; l’environnement et l’exclusion ferment la marche.', note)],
         'poster note')

    x3 = x2 + colw + gap
    imp = [('Emploi', '49 %'), ('Développement économique', '46 %'), ('Environnement', '42 %'),
           ('Précarité', '36 %'), ('Éducation', '36 %')]
    cellp = st('cp', 13, 16)
    cellpr = st('cpr', 13, 16, 'DV-B', align=TA_RIGHT)
    tdata = [[P('<b>Domaine</b>', cellp), P('<b>Impact fort attendu</b>', cellpr)]] + \
            [[P(a, cellp), P(v, cellpr)] for a, v in imp]
    t = Table(tdata, colWidths=[colw * 0.58, colw * 0.42])
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 1.2, red),
                           ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#cccccc')),
                           ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    box(x3, [P('Résultats (2) : où les alliances sont attendues', h), t, Spacer(1, 8),
             P('Près de sept Français sur dix (69 %) estiment par ailleurs que les organisations ont '
               'un « devoir d’alliance ».', b),
             P('Conclusion', h),
             P('Les citoyens attendent des alliances des effets concrets, d’abord sur l’emploi et '
               'l’économie locale. Ces résultats ont nourri les volets suivants de PHARE, '
               'consacrés aux entreprises, aux associations puis aux institutions.', b),
             Spacer(1, 8),
             P('Référence : impacts-fondations.plateformecapitalisation.org — « Publication des '
               'résultats de PHARE-Citoyens ».', note)], 'poster col3')
    c.showPage()
    c.save()


def main():
    global OUT
    if len(sys.argv) > 1:
        OUT = os.path.abspath(sys.argv[1])
        os.makedirs(OUT, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05, doc06):
        f()
    print('PDF générés dans', OUT)


if __name__ == '__main__':
    main()
