# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu s67 (Observatoire des partenariats).

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
Aucun horodatage, aucun hasard : deux executions donnent des octets identiques.
Les faits viennent de /work/shared/facts.md ; le mobilier (collections, numeros
de page imprimes, adresses de formulaires, date d'impression, reference de
convention, autrice fictive) est invente et liste dans README-questions.md.
"""
import os
import re
import sys

import reportlab.rl_config as rl_config
rl_config.invariant = 1

from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Spacer, Table, TableStyle, KeepTogether

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FD = '/usr/share/fonts/truetype/dejavu/'
W, H = A4

# ---------------------------------------------------------------- polices
for name, fn in [
    ('Sans', 'DejaVuSans.ttf'), ('Sans-B', 'DejaVuSans-Bold.ttf'),
    ('Sans-I', 'DejaVuSans-Oblique.ttf'), ('Sans-BI', 'DejaVuSans-BoldOblique.ttf'),
    ('Serif', 'DejaVuSerif.ttf'), ('Serif-B', 'DejaVuSerif-Bold.ttf'),
    ('Serif-I', 'DejaVuSerif-Italic.ttf'), ('Serif-BI', 'DejaVuSerif-BoldItalic.ttf'),
    ('Cond', 'DejaVuSansCondensed.ttf'), ('Cond-B', 'DejaVuSansCondensed-Bold.ttf'),
    ('Cond-I', 'DejaVuSansCondensed-Oblique.ttf'), ('Cond-BI', 'DejaVuSansCondensed-BoldOblique.ttf'),
]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
for fam in ('Sans', 'Serif', 'Cond'):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + '-B')
    addMapping(fam, 0, 1, fam + '-I')
    addMapping(fam, 1, 1, fam + '-BI')

NB = '\u00a0'


def nb(s):
    """Espaces insecables : dans les nombres, avant % EUR : ; ? ! et apres «."""
    for _ in range(2):
        s = re.sub(r'(\d) (\d{3})(?!\d)', '\\1' + NB + '\\2', s)
    s = re.sub(r' ([%€:;?!»])', NB + '\\1', s)
    s = s.replace('« ', '«' + NB)
    s = s.replace(' M€', NB + 'M€')
    s = s.replace('n° ', 'n°' + NB)
    return s


def esc(s):
    return nb(s).replace('& ', '&amp; ')


def S(name, **kw):
    base = dict(fontName='Sans', fontSize=9.5, leading=12.5, textColor=colors.black)
    base.update(kw)
    return ParagraphStyle(name, **base)


def P(text, style):
    return Paragraph(esc(text), style)


def fill(c, flow, x, y, w, h, name='frame'):
    """Pose une liste de flowables dans un cadre ; erreur si tout ne tient pas."""
    f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    flow = list(flow)
    f.addFromList(flow, c)
    if flow:
        raise SystemExit('DEBORDEMENT dans %s : %d element(s) restant(s)' % (name, len(flow)))


def para_at(c, text, style, x, ytop, w):
    """Dessine un paragraphe dont le haut est a ytop ; renvoie sa hauteur."""
    p = P(text, style)
    _, h = p.wrap(w, 10000)
    p.drawOn(c, x, ytop - h)
    return h


def txt(c, x, y, s, font='Sans', size=9, color=colors.black, align='left'):
    c.setFont(font, size)
    c.setFillColor(color)
    s = nb(s)
    if align == 'left':
        c.drawString(x, y, s)
    elif align == 'right':
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    c.setFillColor(colors.black)


def new_canvas(fname, title):
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats')
    c.setSubject(title)
    c.setCreator('make_docs.py s67')
    return c


GREY = colors.HexColor('#555555')
LIGHT = colors.HexColor('#EEEEEE')
GREEN = colors.HexColor('#2E6B3A')
PALEGREEN = colors.HexColor('#E3F0E5')
ORANGE = colors.HexColor('#C8621B')
PALEORANGE = colors.HexColor('#FBE9DC')
BLUE = colors.HexColor('#1F4E79')
PALEBLUE = colors.HexColor('#E1EBF5')


# =====================================================================
# 01 - FAQ de site web imprimee depuis un navigateur
# =====================================================================
def doc_faq():
    fname = 'obs-s67-01-faq-observatoire.pdf'
    c = new_canvas(fname, 'Questions fréquentes – Observatoire des partenariats')
    url = 'https://observatoire-des-partenariats.fr/questions-frequentes'
    stamp = '14/03/2024 10:42'
    total = 3
    q = S('q', fontName='Sans-B', fontSize=10.5, leading=13.5, spaceBefore=9, spaceAfter=3,
          textColor=colors.HexColor('#1A3C5E'))
    a = S('a', fontSize=9.5, leading=12.8, spaceAfter=2, alignment=TA_LEFT)
    small = S('sm', fontSize=8, leading=10, textColor=GREY)

    def chrome(pno):
        txt(c, 28, H - 20, stamp, size=7.5, color=GREY)
        txt(c, W - 28, H - 20, url, size=7.5, color=GREY, align='right')
        txt(c, 28, 18, 'Questions fréquentes | Observatoire des partenariats', size=7.5, color=GREY)
        txt(c, W - 28, 18, 'page %d/%d' % (pno, total), size=7.5, color=GREY, align='right')

    # ---- page 1 : bandeau du site, menu, fil d'Ariane, colonne laterale
    chrome(1)
    c.setFillColor(colors.HexColor('#1A3C5E'))
    c.rect(28, H - 88, W - 56, 52, stroke=0, fill=1)
    txt(c, 44, H - 62, 'OBSERVATOIRE DES PARTENARIATS', 'Sans-B', 15, colors.white)
    txt(c, 44, H - 78, 'Associations · Entreprises · Collectivités · Fondations', 'Sans', 8.5, colors.white)
    txt(c, W - 44, H - 62, 'Rechercher…', 'Sans', 8.5, colors.white, 'right')
    c.setFillColor(LIGHT)
    c.rect(28, H - 108, W - 56, 20, stroke=0, fill=1)
    menu = ['Accueil', 'Programmes', 'Publications', 'Données', 'Questions fréquentes', 'Contact']
    x = 44
    for m in menu:
        txt(c, x, H - 102, m, 'Sans-B' if m == 'Questions fréquentes' else 'Sans', 8.5,
            colors.HexColor('#1A3C5E'))
        x += c.stringWidth(m, 'Sans', 8.5) + 22
    txt(c, 44, H - 124, 'Accueil › Ressources › Questions fréquentes', size=7.5, color=GREY)
    txt(c, 44, H - 150, 'Questions fréquentes', 'Sans-B', 19, colors.HexColor('#1A3C5E'))
    txt(c, 44, H - 166, 'Mis à jour régulièrement par l’équipe de l’Observatoire', size=8, color=GREY)

    # colonne laterale (widget imprime)
    sx, sw = W - 28 - 150, 150
    c.setStrokeColor(colors.HexColor('#BBBBBB'))
    c.setFillColor(colors.HexColor('#F6F6F6'))
    c.rect(sx, H - 420, sw, 240, stroke=1, fill=1)
    txt(c, sx + 10, H - 198, 'Dans cette rubrique', 'Sans-B', 9, colors.HexColor('#1A3C5E'))
    side = ['› L’Observatoire', '› Le RAMEAU', '› Les programmes', '› Les sigles', '› Les études régionales',
            '› Les ressources en ligne', '› Nous écrire']
    yy = H - 216
    for s in side:
        txt(c, sx + 12, yy, s, size=8.5)
        yy -= 15
    txt(c, sx + 10, yy - 10, 'Partager cette page', 'Sans-B', 8.5)
    txt(c, sx + 12, yy - 26, 'Courriel · LinkedIn · Imprimer', size=8, color=GREY)

    items1 = [
        P('Qu’est-ce que l’Observatoire des partenariats ?', q),
        P('L’Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en '
          'partenariat avec le MEDEF et le Mouvement associatif. Il observe, avec des enquêtes répétées, '
          'les relations entre associations, entreprises, collectivités et fondations.', a),
        P('<i>À noter :</i> dans nos toutes premières publications (l’étude ARPEA Entreprises & Territoires de '
          'janvier 2011, le rapport quinquennal de décembre 2012), il est présenté comme « créé en 2007 », '
          'sous le nom d’Observatoire national des partenariats associations / entreprises.', a),
        P('Qui est derrière Le RAMEAU ?', q),
        P('Le RAMEAU est une association d’intérêt général créée en 2006. Elle se définit comme un '
          '« laboratoire de recherche empirique » sur les alliances au service du bien commun. Son '
          'président-fondateur est Charles-Benoît Heidsieck et sa directrice générale Laurence Weber. '
          'Depuis 2006, l’association a mené des expérimentations auprès de plus de 500 organisations et '
          'recensé plus de 1 000 exemples inspirants.', a),
        P('Qui dirige les travaux scientifiques ?', q),
        P('Anne Robin, fondatrice de COMISIS, assure bénévolement la direction scientifique.', a),
        P('Que veut dire le sigle ARPEA ?', q),
        P('« Analyse des Relations et des Partenariats entre Entreprises et Associations ». Le programme '
          'était organisé en 10 volets.', a),
        P('Qu’appelle-t-on le « rapport quinquennal » ?', q),
        P('C’est le bilan des cinq premières années de l’Observatoire, publié le 11 décembre 2012.', a),
        P('Comment les programmes de recherche se sont-ils enchaînés ?', q),
        P('Par plans quinquennaux : ARPEA de 2008 à 2012, puis PHARE de 2013 à 2018, puis IMPACT de 2018 '
          'à 2022. IMPACT a été lancé en novembre 2017.', a),
    ]
    fill(c, items1, 44, 60, sx - 44 - 18, H - 180 - 60, 'faq p1')

    # bandeau cookies imprime en bas de page
    c.setFillColor(colors.HexColor('#333333'))
    c.rect(28, 30, W - 56, 22, stroke=0, fill=1)
    txt(c, 40, 38, 'Ce site utilise des cookies de mesure d’audience.', size=7.5, color=colors.white)
    txt(c, W - 40, 38, '[ Accepter ]   [ Refuser ]   [ Paramétrer ]', size=7.5, color=colors.white, align='right')
    c.showPage()

    # ---- page 2
    chrome(2)
    items2 = [
        P('<i>(suite de la réponse précédente)</i> Sur certaines pages de présentation, PHARE est daté de 2013 '
          'à 2017 : les deux bornes circulent pour ce programme.', a),
        P('Avec qui est conduit le programme IMPACT ?', q),
        P('IMPACT est mené avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, '
          'la Fondation TOTAL et Le RAMEAU. Il s’organise autour de trois axes : l’innovation sociétale et '
          'territoriale, la performance des organisations et la confiance.', a),
        P('Y a-t-il des résultats par région ?', q),
        P('Oui. Le programme PHARE a donné lieu à 13 rapports régionaux en 2016. Le 11e rapport régional, '
          'consacré à la Normandie, a été publié le 26 novembre.', a),
        P('Qu’est-ce que PHARE-Institutions ?', q),
        P('C’est le dernier volet de PHARE, publié le 29 novembre 2016. Il distingue 5 profils de maires.', a),
        P('Les pouvoirs publics se sont-ils saisis du sujet ?', q),
        P('À plusieurs reprises. La ministre Valérie Fourneyron a demandé un rapport d’état des lieux des '
          'partenariats entre associations et entreprises, publié début 2014. Plus tard, lors du FNAF 2019, '
          'Gabriel Attal a confié une mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck : le rapport '
          'a été remis le 7 mai 2020 et un bilan a été présenté le 17 octobre 2020.', a),
        P('Où trouver des méthodes et des outils ?', q),
        P('Sur la plateforme www.odd17.org, organisée selon la logique M.E.D.O.C. : Méthodes, Exemples, '
          'Données, Outils, Compétences.', a),
    ]
    fill(c, items2, 44, 50, W - 88, H - 50 - 44, 'faq p2')
    c.showPage()

    # ---- page 3
    chrome(3)
    items3 = [
        P('Puis-je reprendre vos chiffres dans une publication ?', q),
        P('Oui, à condition de citer l’étude d’origine et sa date de publication.', a),
        P('Combien de personnes sont interrogées dans vos enquêtes ?', q),
        P('Cela dépend des volets. Pour PHARE-Citoyens, plus de 2 000 personnes ont été interrogées ; '
          'pour l’étude IMPACTS & TRAJECTOIRES – Elus locaux de novembre 2024, 302 maires ; pour l’étude '
          'IMPACT Fondations & Territoires, 42 fondations.', a),
        P('Comment vous écrire ?', q),
        P('Par le formulaire en ligne : https://observatoire-des-partenariats.fr/contact. Pour une '
          'demande de la presse, indiquez « presse » dans l’objet du message.', a),
    ]
    fill(c, items3, 44, 430, W - 88, H - 430 - 44, 'faq p3')
    # pied de site imprime
    c.setFillColor(colors.HexColor('#1A3C5E'))
    c.rect(28, 300, W - 56, 110, stroke=0, fill=1)
    txt(c, 44, 388, 'Observatoire des partenariats', 'Sans-B', 10, colors.white)
    txt(c, 44, 372, 'Un programme porté par Le RAMEAU', size=8.5, color=colors.white)
    txt(c, 44, 350, 'Mentions légales  ·  Accessibilité : partiellement conforme  ·  Plan du site', size=8,
        color=colors.white)
    txt(c, 44, 334, 'Ressources  ·  Presse  ·  Nous écrire', size=8, color=colors.white)
    txt(c, W - 44, 388, 'Suivez-nous', 'Sans-B', 9, colors.white, 'right')
    txt(c, W - 44, 372, 'in   ▶   ✉', size=10, color=colors.white, align='right')
    c.showPage()
    c.save()
    return fname


def _build_flow(story_fn, fname, title, on_page, frame_box, total_hint=None):
    """Construit un PDF avec BaseDocTemplate ; deux passes pour connaitre le total de pages."""
    from reportlab.platypus import BaseDocTemplate, PageTemplate
    import io
    x, y, w, h = frame_box
    total = [total_hint or 0]
    for final in (False, True):
        buf = io.BytesIO() if not final else os.path.join(OUT, fname)
        doc = BaseDocTemplate(buf, pagesize=A4, title=title, author='Observatoire des partenariats',
                              subject=title, creator='make_docs.py s67', invariant=1, pageCompression=1,
                              leftMargin=x, bottomMargin=y, rightMargin=W - x - w, topMargin=H - y - h)
        fr = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id='f')
        doc.addPageTemplates([PageTemplate(id='p', frames=[fr],
                                           onPage=lambda cv, d: on_page(cv, d.page, total[0]))])
        doc.build(story_fn())
        total[0] = doc.page
    return total[0]


# =====================================================================
# 02 - Convention de partenariat
# =====================================================================
def doc_convention():
    fname = 'obs-s67-02-convention-fonds-odd17.pdf'
    ref = 'Réf. CONV-ODD17-2020/01'
    body = S('cb', fontName='Serif', fontSize=10.4, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=5)
    art = S('ca', fontName='Serif-B', fontSize=10.8, leading=14.5, spaceBefore=9, spaceAfter=4,
            keepWithNext=0)
    ctr = S('cc', fontName='Serif', fontSize=10.4, leading=14.6, alignment=TA_CENTER, spaceAfter=4)
    item = S('ci', fontName='Serif', fontSize=10.4, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=5,
             leftIndent=16, firstLineIndent=-10)

    def on_page(c, pno, total):
        c.saveState()
        txt(c, 56, H - 36, 'Convention de partenariat – Fonds ODD 17', 'Serif-I', 8, GREY)
        txt(c, W - 56, H - 36, ref, 'Serif-I', 8, GREY, 'right')
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(56, H - 42, W - 56, H - 42)
        c.rect(W - 56 - 150, 26, 150, 34, stroke=1, fill=0)
        txt(c, W - 56 - 144, 50, 'Paraphes', 'Serif-I', 7.5, GREY)
        c.line(W - 56 - 75, 28, W - 56 - 75, 46)
        if pno > 1:  # la page de garde n'est pas numerotee
            txt(c, W / 2, 38, 'Page %d sur %d' % (pno - 1, total - 1), 'Serif', 8.5, colors.black, 'center')
        c.restoreState()

    def story():
        sig = Table([
            [P('<b>Pour Le RAMEAU</b>', body), P('<b>Pour la Fondation TotalEnergies</b>', body)],
            [P('Le Président-fondateur<br/>Charles-Benoît Heidsieck', body),
             P('La personne habilitée<br/>Nom : ……………………………', body)],
            [P('<i>« Lu et approuvé »</i><br/><br/><br/><br/><font size="7" color="#555555">Signature et '
               'cachet</font>', body),
             P('<i>« Lu et approuvé »</i><br/><br/><br/><br/><font size="7" color="#555555">Signature et '
               'cachet</font>', body)],
        ], colWidths=[(W - 112) / 2] * 2)
        sig.setStyle(TableStyle([('BOX', (0, 2), (0, 2), 0.5, GREY), ('BOX', (1, 2), (1, 2), 0.5, GREY),
                                 ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        return [
            Spacer(1, 26),
            P('CONVENTION DE PARTENARIAT', S('t', fontName='Serif-B', fontSize=17, leading=22,
                                             alignment=TA_CENTER)),
            P('relative à l’expérimentation du Fonds ODD 17', S('t2', fontName='Serif-I', fontSize=12,
                                                                 leading=16, alignment=TA_CENTER,
                                                                 spaceAfter=22)),
            P('ENTRE LES SOUSSIGNÉS', S('es', fontName='Serif-B', fontSize=10.4, leading=14, spaceAfter=6)),
            P('<b>Le RAMEAU</b>, association d’intérêt général créée en 2006, représentée par son '
              'Président-fondateur, Monsieur Charles-Benoît Heidsieck,', body),
            P('ci-après dénommée « Le RAMEAU »,', ctr),
            P('ET', ctr),
            P('<b>La Fondation TotalEnergies</b>, représentée par la personne dûment habilitée à cet effet,', body),
            P('ci-après dénommée « la Fondation »,', ctr),
            P('ensemble dénommées « les Parties ».', ctr),
            Spacer(1, 12),
            P('PRÉAMBULE', S('pr', fontName='Serif-B', fontSize=10.8, leading=14, spaceAfter=6,
                             alignment=TA_CENTER)),
            P('Le RAMEAU se présente comme un laboratoire d’innovations partenariales. Depuis sa création, il a '
              'mené des expérimentations auprès de plus de 500 organisations et recensé plus de 1 000 exemples '
              'inspirants d’alliances entre acteurs de natures différentes.', body),
            P('L’objectif de développement durable n° 17 (ODD 17), consacré aux partenariats, se décline en '
              '19 cibles, présentées dans la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » '
              'diffusée le 5 juillet.', body),
            P('La Fondation souhaite soutenir des démarches qui permettent aux acteurs d’un même territoire '
              'de travailler ensemble. Le RAMEAU souhaite, de son côté, éprouver sur le terrain les méthodes '
              'issues de ses travaux de recherche.', body),
            P('Les Parties ont donc décidé d’unir leurs moyens pour expérimenter, dans les territoires, des '
              'façons concrètes de « faire alliance ».', body),
            P('IL A ÉTÉ CONVENU CE QUI SUIT :', S('cv', fontName='Serif-B', fontSize=10.4, leading=14,
                                                   spaceBefore=6, spaceAfter=4)),
            P('Article 1 – Objet', art),
            P('La présente convention a pour objet de définir les conditions dans lesquelles Le RAMEAU et la '
              'Fondation co-créent en 2020 le Fonds ODD 17 et conduisent ensemble son expérimentation.', body),
            P('Article 2 – Définitions', art),
            P('Au sens de la présente convention, les termes suivants ont la signification indiquée :', body),
            P('– <b>« Catalyseur territorial »</b> : acteur local qui suscite et accompagne des alliances '
              'entre organisations de natures différentes sur son territoire ;', item),
            P('– <b>« Expérimentation »</b> : l’ensemble des actions conduites par les Parties au titre du '
              'Fonds ODD 17 pendant la durée fixée à l’article 3 ;', item),
            P('– <b>« M.E.D.O.C. »</b> : le socle de ressources mis à disposition sur la plateforme '
              'www.odd17.org, à savoir Méthodes, Exemples, Données, Outils, Compétences.', item),
            P('Article 3 – Durée', art),
            P('L’Expérimentation est conduite sur une durée de trois (3) ans à compter de la signature de la '
              'présente convention. Elle peut être prolongée par avenant signé des deux Parties.', body),
            P('Article 4 – Gouvernance', art),
            P('Un comité de pilotage réunit des représentants de chacune des Parties. Il oriente '
              'l’Expérimentation, examine son avancement et propose, le cas échéant, les ajustements '
              'nécessaires. Ses décisions sont prises d’un commun accord.', body),
            P('Article 5 – Engagements de Le RAMEAU', art),
            P('Le RAMEAU assure l’ingénierie de l’Expérimentation. À ce titre, il repère et mobilise les '
              'catalyseurs territoriaux, met à leur disposition les ressources M.E.D.O.C., capitalise les '
              'enseignements tirés du terrain et en partage les résultats avec la Fondation.', body),
            P('Article 6 – Engagements de la Fondation', art),
            P('La Fondation apporte au Fonds ODD 17 la dotation prévue à l’article 7 et participe au comité de '
              'pilotage. Elle peut mobiliser, avec leur accord, ses propres partenaires associatifs au service '
              'de l’Expérimentation.', body),
            P('Article 7 – Dotation', art),
            P('Le Fonds ODD 17 est doté, pour l’ensemble de l’Expérimentation, d’un montant total de 1,5 M€ '
              '(un million cinq cent mille euros), affecté à l’expérimentation sur 3 ans. Aucune autre '
              'contribution financière n’est due par les Parties au titre de la présente convention.', body),
            P('Article 8 – Bénéficiaires', art),
            P('L’Expérimentation vise à outiller 350 « catalyseurs territoriaux ».', body),
            P('Article 9 – Suivi et bilan', art),
            P('Le comité de pilotage suit l’Expérimentation tout au long de sa durée. Au terme des trois années, '
              'les Parties dressent ensemble un bilan qualitatif et quantitatif, qu’elles peuvent rendre '
              'public.', body),
            P('Article 10 – Ressources produites', art),
            P('Les méthodes, exemples et outils élaborés au cours de l’Expérimentation ont vocation à enrichir '
              'le socle M.E.D.O.C. Chaque Partie conserve la propriété des contenus qu’elle apporte.', body),
            P('Article 11 – Confidentialité', art),
            P('Les Parties s’engagent à ne pas divulguer les informations échangées qui auraient été désignées '
              'comme confidentielles, sauf accord préalable et écrit de l’autre Partie.', body),
            P('Article 12 – Communication', art),
            P('Chaque Partie peut faire état de la présente convention et de ses résultats, sous réserve de '
              'mentionner l’autre Partie. Tout support commun est validé par les deux Parties.', body),
            P('Article 13 – Résiliation', art),
            P('En cas de manquement de l’une des Parties à ses obligations, l’autre Partie peut résilier la '
              'présente convention par lettre recommandée avec accusé de réception, après mise en demeure '
              'restée sans effet.', body),
            P('Article 14 – Litiges', art),
            P('Les Parties s’efforcent de régler à l’amiable tout différend né de l’interprétation ou de '
              'l’exécution de la présente convention.', body),
            Spacer(1, 8),
            P('Fait à Paris, en deux exemplaires originaux, le ……………… 2020.', body),
            Spacer(1, 10),
            KeepTogether([sig]),
        ]

    n = _build_flow(story, fname, 'Convention de partenariat – Fonds ODD 17', on_page, (56, 72, W - 112, H - 56 - 72))
    return fname


# =====================================================================
# 03 - Chapitre de recherche avec notes de bas de page
# =====================================================================
def doc_chapitre():
    fname = 'obs-s67-03-chapitre-enquetes.pdf'
    c = new_canvas(fname, 'Cahiers de l’alliance n° 7 – Chapitre 3')
    body = S('b', fontName='Serif', fontSize=10.4, leading=14.3, alignment=TA_JUSTIFY, firstLineIndent=12,
             spaceAfter=3)
    h2 = S('h2', fontName='Serif-B', fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    fn = S('fn', fontName='Serif', fontSize=7.4, leading=9.2, alignment=TA_LEFT, leftIndent=9,
           firstLineIndent=-9, spaceAfter=1.5)
    cell = S('cell', fontName='Cond', fontSize=8.4, leading=10.2)
    cellb = S('cellb', fontName='Cond-B', fontSize=8.4, leading=10.2)
    L, R = 70, W - 70

    def sup(n):
        return '<super><font size="6.5">%d</font></super>' % n

    def chrome(printed, odd):
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        if odd:
            txt(c, R, H - 42, 'Chapitre 3 · Mesurer l’envie d’alliance', 'Serif-I', 8, GREY, 'right')
            txt(c, R, 34, str(printed), 'Serif', 9, colors.black, 'right')
        else:
            txt(c, L, H - 42, 'Cahiers de l’alliance n° 7 — Regards croisés sur les partenariats', 'Serif-I', 8,
                GREY)
            txt(c, L, 34, str(printed), 'Serif', 9)
        c.line(L, H - 48, R, H - 48)

    def footnotes(notes, ytop):
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        c.line(L, ytop, L + 110, ytop)
        fill(c, [P(n, fn) for n in notes], L, 50, R - L, ytop - 4 - 50, 'notes')

    # ---------- page 1 (imprimee 47)
    chrome(47, True)
    flow = [
        Spacer(1, 18),
        P('CHAPITRE 3', S('k', fontName='Sans-B', fontSize=9, leading=11, textColor=ORANGE)),
        P('Mesurer l’envie d’alliance : quinze ans d’enquêtes', S('t', fontName='Serif-B', fontSize=17,
                                                                 leading=21, spaceAfter=4)),
        P('Hélène Marchais, chargée d’études', S('au', fontName='Serif-I', fontSize=9.5, leading=12,
                                                 spaceAfter=12)),
        P('3.1 Une urgence ressentie dès les premières vagues', h2),
        P('Dès le premier programme de l’Observatoire, l’opinion publique est interrogée sur l’intérêt des '
          'rapprochements entre associations et entreprises. Les réponses sont nettes : 86 % des Français '
          'en 2008, puis 84 % en 2012, jugent urgent de créer des partenariats' + sup(1) + '. Côté '
          'associatif, près de 46 % des associations se déclarent alors engagées avec une entreprise' +
          sup(2) + '.', body),
        P('Comme toute série d’enquêtes, celle-ci se lit avec prudence : un écart de deux points entre deux '
          'vagues ne suffit pas à conclure à un recul. Ce qui frappe, c’est plutôt la constance de l’ordre '
          'de grandeur. Une large majorité de l’opinion voit dans le rapprochement des associations et des '
          'entreprises une nécessité plutôt qu’une option.', body),
        P('Ces mesures, répétées d’une vague à l’autre, ont installé une habitude : comparer les regards des '
          'citoyens, des dirigeants d’entreprise, des responsables associatifs et, plus tard, des élus. '
          'C’est cette comparaison qui donne aux chiffres leur portée, davantage que leur niveau absolu.', body),
        P('Le paysage vu des entreprises est plus contrasté. L’étude ARPEA Entreprises & Territoires, '
          'publiée en janvier 2011, montre que le partenariat reste alors minoritaire dans les entreprises, '
          'même si une part importante d’entre elles se dit prête à franchir le pas' + sup(3) + '.', body),
        P('3.2 PHARE : trois publics, une même question', h2),
        P('Avec PHARE, les enquêtes changent d’échelle. Le volet Citoyens, publié en septembre 2015, repose '
          'sur plus de 2 000 personnes interrogées' + sup(4) + '. Il établit que 69 % des Français '
          'reconnaissent un « devoir d’alliance », une proportion qui atteint 81 % chez les dirigeants '
          'd’entreprise et 86 % chez les responsables associatifs. Le volet Institutions ajoute le regard '
          'des maires : 87 % d’entre eux partagent cette conviction' + sup(5) + '.', body),
    ]
    fill(c, flow, L, 190, R - L, H - 60 - 190, 'chap p1')
    footnotes([
        '1. Programme ARPEA, baromètre Citoyens. La même vague ARPEA-Citoyens est parfois résumée par le '
        'seul chiffre de 86 %.',
        '2. Le chiffre a été publié sous la forme « près de 46 % » ; il ne s’agit pas d’une mesure au point près.',
        '3. ARPEA Entreprises & Territoires, janvier 2011 : 21 % des entreprises développent des partenariats, '
        '33 % souhaitent en développer et 46 % ne le souhaitent pas.',
        '4. Les attentes des Français y sont notées sur 10 : emploi 7,1 ; pouvoir d’achat 6,6 ; développement '
        'économique 6,5 ; sécurité 6,6 ; environnement et exclusion 6,3. Une autre restitution des mêmes '
        'résultats attribue toutefois la note de 7/10 à la sécurité.',
        '5. PHARE-Institutions, publié le 29 novembre 2016, qui distingue par ailleurs 5 profils de maires.',
    ], 178)
    c.showPage()

    # ---------- page 2 (imprimee 48)
    chrome(48, False)
    t1 = Table([
        [P('Type de partenaire des associations', cellb), P('Part des associations', cellb)],
        [P('Collectivités territoriales', cell), P('74 %', cell)],
        [P('Autres associations et fondations', cell), P('72 %', cell)],
        [P('Établissements d’enseignement', cell), P('47 %', cell)],
        [P('Entreprises', cell), P('28 %', cell)],
        [P('Structures d’insertion', cell), P('22 %', cell)],
    ], colWidths=[250, 110], hAlign='LEFT')
    tstyle = TableStyle([
        ('GRID', (0, 0), (-1, -1), 0.4, GREY),
        ('BACKGROUND', (0, 0), (-1, 0), PALEORANGE),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5),
    ])
    t1.setStyle(tstyle)
    flow = [
        P('Le volet Citoyens permet aussi de savoir où les Français attendent des effets. Les impacts jugés '
          'forts portent d’abord sur l’emploi (49 %), puis sur le développement économique (46 %), '
          'l’environnement (42 %), la précarité et l’éducation (36 %). On retrouve la hiérarchie des attentes '
          'mesurée par les notes sur 10.', body),
        P('Une note de synthèse datée du 29 février 2016 apporte une mesure des pratiques : 37 % des '
          'entreprises d’au moins 10 salariés ont noué des partenariats, de même que 38 % des associations '
          '— 53 % parmi les associations employeuses' + sup(6) + '. La proportion monte à 65 % chez les '
          'organisations dites « pionnières ».', body),
        P('L’écart entre l’adhésion de principe et la pratique effective est l’un des fils rouges de ce '
          'chapitre. Il ne traduit pas une contradiction : on peut juger une démarche souhaitable sans '
          'disposer encore des relais, du temps ou des compétences nécessaires pour l’engager.', body),
        P('3.3 Ce que disent les associations', h2),
        P('L’enquête Associations & Partenariats, conduite par Recherches & Solidarités avec Le RAMEAU, a '
          'été publiée en mars 2017. Elle s’appuie sur les réponses de plus de 1 380 responsables '
          'associatifs recueillies en mai et juin 2016' + sup(7) + '. Une association compte en moyenne '
          '2,5 partenaires. Le tableau 3.1 en détaille la nature.', body),
        P('Les collectivités territoriales arrivent en tête, ce qui n’étonnera pas : elles sont souvent le '
          'premier interlocuteur des associations, tout à la fois financeur, prescripteur et partenaire de '
          'projets. Les entreprises n’apparaissent qu’au quatrième rang, loin derrière les autres '
          'associations et fondations et les établissements d’enseignement.', body),
        Spacer(1, 4),
        P('<b>Tableau 3.1</b> – Partenaires des associations (plusieurs réponses possibles)', S('cap', fontName='Serif',
                                                                                          fontSize=8.6,
                                                                                          leading=11,
                                                                                          spaceAfter=3)),
        t1,
        P('<i>(suite du tableau page suivante)</i>', S('cont', fontName='Serif-I', fontSize=8, leading=10,
                                                     alignment=TA_RIGHT, spaceBefore=2)),
    ]
    fill(c, flow, L, 160, R - L, H - 60 - 160, 'chap p2')
    # graphique dessine, commente seulement a la page suivante
    gx, gy = L + 40, 200
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(gx, gy, gx + 300, gy)
    for i, (lab, val) in enumerate([('budget > 150 000 €', 50), ('budget < 10 000 €', 20)]):
        y = gy + 62 - i * 44
        c.setFillColor(ORANGE if i == 0 else colors.HexColor('#E8A772'))
        c.rect(gx + 95, y, val * 3.6, 24, stroke=0, fill=1)
        txt(c, gx + 88, y + 8, lab, 'Cond', 8.4, colors.black, 'right')
        txt(c, gx + 100 + val * 3.6, y + 8, '%d %%' % val, 'Cond-B', 9, colors.black)
    para_at(c, '<b>Graphique 3.1</b> – Part des associations ayant un partenariat avec une entreprise, selon '
               'le budget annuel (commentaire page suivante)',
            S('gcap', fontName='Serif-I', fontSize=8.2, leading=10.5), L, gy - 6, R - L)
    footnotes([
        '6. Note sur les modèles de co-construction, 29 février 2016. Les pourcentages portent sur des '
        'populations distinctes et ne s’additionnent pas.',
        '7. La taille du budget de l’association est le facteur le plus discriminant '
        '(voir plus loin).',
    ], 146)
    c.showPage()

    # ---------- page 3 (imprimee 49)
    chrome(49, True)
    t2 = Table([
        [P('Type de partenaire des associations (suite)', cellb), P('Part des associations', cellb)],
        [P('Organismes de recherche', cell), P('9 %', cell)],
    ], colWidths=[250, 110], hAlign='LEFT')
    t2.setStyle(tstyle)
    flow = [
        t2,
        P('Source : Recherches & Solidarités et Le RAMEAU, <i>Associations & Partenariats</i>, mars 2017.',
          S('src', fontName='Serif-I', fontSize=7.8, leading=10, spaceBefore=3, spaceAfter=8)),
        P('La relation avec une entreprise dépend fortement de la taille : 50 % des associations dont le '
          'budget dépasse 150 000 € ont un partenariat avec une entreprise, contre 20 % de celles dont le '
          'budget est inférieur à 10 000 €' + sup(8) + '.', body),
        P('Ce constat rejoint l’expérience des acteurs de terrain : les petites structures, souvent '
          'animées par des bénévoles, manquent moins d’envie que de disponibilité pour construire une '
          'relation durable avec une entreprise.', body),
        P('3.4 Le temps de l’impact', h2),
        P('Le programme IMPACT déplace la question : il ne s’agit plus seulement de savoir qui s’allie, mais '
          'ce que les alliances changent. Les partenariats sont perçus comme une source d’innovation par '
          '74 % des Français, 81 % des dirigeants d’entreprise, 86 % des responsables associatifs et 87 % des '
          'maires' + sup(9) + '. Chez les maires, 76 % estiment que leur territoire est engagé, mais 46 % '
          'disent ne pas savoir piloter ces dynamiques.', body),
        P('Les enquêtes suivantes confirment la tendance. 81 % des Français évoquent un « devoir '
          'd’alliance », 92 % des maires un « besoin d’alliance » et 84 % des dirigeants d’entreprise une '
          '« envie d’alliance »' + sup(10) + '. À la sortie de la crise sanitaire, 81 % des Français et '
          '84 % des dirigeants de TPE et de PME jugent la co-construction utile à la résilience des '
          'territoires ; plus de 250 données ont été inventoriées pour éclairer cette phase' + sup(11) + '.',
          body),
        P('Les élus, enfin, restent demandeurs : 64 % des élus locaux veulent s’appuyer sur le « jouer '
          'collectif », et 92 % des maires reconnaissent l’utilité de la co-construction.', body),
        P('Ces niveaux d’adhésion, tous élevés, ne doivent pas masquer la difficulté principale : les '
          'savoir-faire et les outils manquent encore, surtout dans les plus petites collectivités. La '
          'dernière vague d’enquête auprès des maires permet de le vérifier.', body),
    ]
    fill(c, flow, L, 170, R - L, H - 60 - 170, 'chap p3')
    footnotes([
        '8. Ces deux seuils de budget sont ceux retenus par l’enquête ; les tranches intermédiaires ne sont '
        'pas commentées ici.',
        '9. Une autre présentation du même programme retient 69 % pour les citoyens, au lieu de 74 %.',
        '10. Chiffres mis en avant lors de la reconnaissance du « droit de l’alliance d’intérêt général ».',
        '11. Publication « jouer collectif en sortie de crise ».',
    ], 158)
    c.showPage()

    # ---------- page 4 (imprimee 50)
    chrome(50, False)
    flow = [
        P('3.5 Une mesure récente auprès des maires', h2),
        P('L’étude IMPACTS & TRAJECTOIRES – Elus locaux, publiée en novembre 2024, a interrogé 302 maires '
          'par téléphone, du 30 septembre au 28 octobre 2024' + sup(12) + '. Pour 91 % d’entre eux, leur '
          'territoire est « en mouvement » : 35 % le jugent fortement en mouvement et 56 % ni plus ni moins '
          'qu’auparavant.', body),
        P('Le profil des répondants invite à nuancer la lecture : l’étude donne surtout la parole aux '
          'maires de petites communes' + sup(13) + '. C’est précisément là que les ressources manquent le '
          'plus, et que l’appui d’un tiers pour faire se rencontrer les acteurs peut compter davantage.',
          body),
        P('3.6 Ce qu’il faut retenir', h2),
        P('D’une vague à l’autre, trois constats se maintiennent. L’adhésion de principe aux alliances est '
          'large et stable ; le passage à l’acte reste inégal selon la taille des organisations ; enfin, '
          'les élus demandent moins à être convaincus qu’à être outillés. Les chapitres suivants '
          'examinent ces outils.', body),
    ]
    fill(c, flow, L, 300, R - L, H - 60 - 300, 'chap p4')
    # encadre en fin de chapitre
    c.setFillColor(PALEORANGE)
    c.setStrokeColor(ORANGE)
    c.rect(L, 180, R - L, 100, stroke=1, fill=1)
    para_at(c, '<b>Encadré 3.A – Lire un pourcentage d’enquête</b><br/>Un même chiffre peut désigner des '
               'réalités différentes selon la population interrogée (Français, dirigeants, maires) et la '
               'question posée. Avant de comparer deux pourcentages, vérifiez toujours la source, la date '
               'et le public de l’enquête.', S('enc', fontName='Sans', fontSize=9, leading=12.5),
            L + 12, 270, R - L - 24)
    footnotes([
        '12. Enquête menée par téléphone auprès des maires ; la période de terrain court sur un peu moins '
        'd’un mois.',
        '13. Parmi les maires interrogés, 84 % exercent dans des communes de moins de 2 000 habitants.',
    ], 120)
    c.showPage()
    c.save()
    return fname


# =====================================================================
# 04 - Affiche / depliant grand format (2 pages)
# =====================================================================
def doc_affiche():
    fname = 'obs-s67-04-affiche-faire-alliance.pdf'
    c = new_canvas(fname, 'Faire alliance, c’est maintenant !')

    def banner(y):
        c.setFillColor(GREEN)
        c.rect(0, y, W, 34, stroke=0, fill=1)
        c.setFont('Sans-B', 13)
        c.setFillColor(colors.white)
        s = '  ·  '.join(['FAIRE ALLIANCE'] * 4)
        c.drawCentredString(W / 2, y + 11, s)

    cap = S('cap', fontName='Sans', fontSize=13, leading=16.5)
    capc = S('capc', fontName='Sans', fontSize=13, leading=16.5, alignment=TA_CENTER)

    # ---------- page 1
    banner(H - 34)
    txt(c, W / 2, H - 100, 'Faire alliance,', 'Sans-B', 36, GREEN, 'center')
    txt(c, W / 2, H - 142, 'c’est maintenant !', 'Sans-B', 36, GREEN, 'center')
    # grand chiffre 1 : legende dessous
    txt(c, 150, H - 265, '81 %', 'Sans-B', 72, ORANGE, 'center')
    para_at(c, 'des Français estiment qu’il existe un « devoir d’alliance »', capc, 40, H - 285, 220)
    # grand chiffre 2 : legende dessous
    txt(c, W - 150, H - 265, '92 %', 'Sans-B', 72, ORANGE, 'center')
    para_at(c, 'des maires expriment un « besoin d’alliance »', capc, W - 260, H - 285, 220)
    # grand chiffre 3 : legende a cote
    txt(c, 60, H - 440, '84 %', 'Sans-B', 72, ORANGE)
    para_at(c, 'des dirigeants d’entreprise disent avoir « envie d’alliance »', cap, 290, H - 385, 240)
    # bandeau date
    c.setFillColor(PALEGREEN)
    c.rect(30, 150, W - 60, 170, stroke=0, fill=1)
    txt(c, 50, 285, '30 novembre 2021', 'Sans-B', 30, GREEN)
    para_at(c, 'La Charte du faire alliance est dévoilée à Saint-Maurice (Paris-Est Marne & Bois), le soir du '
               'Giving Tuesday, lors d’une soirée VitaWin. Un « contrat de confiance » entre organisations, '
               'fruit de 3 mois de co-construction pilotés par la Fondation des Territoires.',
            S('d', fontName='Sans', fontSize=12.5, leading=16.5), 50, 268, W - 100)
    para_at(c, 'Chiffres : Le RAMEAU, données publiées lors de la reconnaissance du droit de l’alliance d’intérêt '
               'général.', S('src', fontName='Sans-I', fontSize=7.5, leading=9.5, textColor=GREY), 30, 140,
            W - 60)
    banner(40)
    txt(c, W - 30, 20, '1', 'Sans', 8, GREY, 'right')
    c.showPage()

    # ---------- page 2
    banner(H - 34)
    txt(c, 40, H - 90, 'Des moyens pour agir', 'Sans-B', 30, GREEN)
    # colonne gauche : chiffres ; colonne droite : legendes (separees)
    rows = [
        ('1,5 M€', 'de dotation pour le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation '
                   'TotalEnergies, pour une expérimentation sur 3 ans'),
        ('350', '« catalyseurs territoriaux » visés par cette expérimentation'),
        ('21', 'co-fondateurs pour la Fondation des Territoires, créée le 14 juin 2022 sous l’égide de la '
               'Fondation de Lille'),
        ('19', 'cibles composent l’ODD 17, l’objectif de développement durable consacré aux partenariats'),
    ]
    y = H - 150
    for big, caption in rows:
        txt(c, 232, y - 58, big, 'Sans-B', 50, ORANGE, 'right')
        para_at(c, caption, cap, 255, y - 14, W - 295)
        c.setStrokeColor(colors.HexColor('#CCCCCC'))
        c.setLineWidth(0.6)
        c.line(40, y - 80, W - 40, y - 80)
        y -= 112
    # encadre loi
    c.setFillColor(PALEORANGE)
    c.rect(30, 118, W - 60, 118, stroke=0, fill=1)
    txt(c, 50, 208, 'Et demain ?', 'Sans-B', 20, ORANGE)
    para_at(c, 'La proposition de loi sur le « droit de l’alliance d’intérêt général », portée par la députée '
               'Cathy Racon-Bouzon, a été agréée par le Bureau de l’Assemblée nationale et publiée au Journal '
               'officiel. Elle s’accompagne d’une feuille de route ministérielle de 21 mesures.',
            S('l', fontName='Sans', fontSize=11.5, leading=15), 50, 196, W - 100)
    banner(40)
    txt(c, W - 30, 20, '2', 'Sans', 8, GREY, 'right')
    c.showPage()
    c.save()
    return fname


# =====================================================================
# 05 - Glossaire (terme en marge, definition a cote, voir aussi)
# =====================================================================
def doc_glossaire():
    fname = 'obs-s67-05-glossaire-partenariats.pdf'
    term = S('term', fontName='Sans-B', fontSize=9.2, leading=11.5, textColor=BLUE, alignment=TA_RIGHT)
    dfn = S('dfn', fontName='Serif', fontSize=9.5, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=2)
    see = S('see', fontName='Serif-I', fontSize=8.8, leading=11.2, textColor=GREY)
    let = S('let', fontName='Sans-B', fontSize=22, leading=26, textColor=colors.HexColor('#9DB7D5'))
    ML, MW, GAP = 50, 118, 14
    FIRST_PRINTED = 61

    def on_page(c, pno, total):
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, H - 30, W, 30, stroke=0, fill=1)
        txt(c, ML, H - 20, 'Lexique des alliances', 'Sans-B', 10, colors.white)
        txt(c, W - 50, H - 20, 'Annexe 2', 'Sans-B', 10, colors.white, 'right')
        c.setStrokeColor(colors.HexColor('#BBBBBB'))
        c.setLineWidth(0.5)
        c.line(ML + MW + GAP / 2, 62, ML + MW + GAP / 2, H - 50)
        txt(c, W / 2, 30, '— %d —' % (FIRST_PRINTED + pno - 1), 'Sans', 8.5, GREY, 'center')
        txt(c, ML, 30, 'Guide pratique des alliances territoriales', 'Sans-I', 7, GREY)
        c.restoreState()

    E = []  # (lettre ou None, terme, [paragraphes], voir aussi)

    def e(t, paras, voir=None, letter=None):
        E.append((letter, t, paras, voir))

    e('Agir ensemble en Territoire', [
        'Démarche initiée en 2010, à la suite de l’étude ARPEA-Collectivités locales (Comisis-OpinionWay). '
        'Trois territoires ont servi de pilotes : l’Alsace, avec Alsace Active ; le Poitou-Charentes, avec le '
        'Groupe La Poste ; Paris-Est Marne & Bois.'], 'Co-construction territoriale ; Parcours d’expérience.',
        letter='A')
    e('Alliance d’intérêt général (droit de l’)', [
        'Reconnaissance portée par une proposition de loi de la députée Cathy Racon-Bouzon, déposée en février, '
        'agréée par le Bureau de l’Assemblée nationale et publiée au Journal officiel. Elle est complétée par '
        'une « feuille de route » ministérielle de 21 mesures.'], 'Mission ministérielle ; Devoir d’alliance.')
    e('ARPEA', [
        'Premier programme de l’Observatoire (2008-2012), organisé en 10 volets. Le sigle connaît trois '
        'développements selon les documents : « Analyse des Relations et des Partenariats entre Entreprises et '
        'Associations », « Analyser les Relations Partenariales entre Entreprises et Associations » ou encore '
        '« Analyse des Relations Associations-Entreprises ».'], 'PHARE ; IMPACT ; Rapport quinquennal.')
    e('Association employeuse', [
        'Association qui rémunère au moins un salarié. L’étude IMPACT – Associations & Territoires porte sur '
        'les 148 000 associations employeuses. Selon la note du 29 février 2016, 53 % d’entre elles avaient '
        'noué des partenariats, contre 38 % de l’ensemble des associations.'], 'Pionnier.')
    e('Catalyseur territorial', [
        'Acteur qui, sur un territoire, suscite et accompagne des alliances entre organisations différentes. '
        'L’expérimentation du Fonds ODD 17 vise 350 catalyseurs territoriaux.'], 'Fonds ODD 17.',
        letter='C')
    e('Charte du faire alliance', [
        'Texte présenté comme un « contrat de confiance » entre organisations qui choisissent d’agir ensemble. '
        'Elle résulte de 3 mois de co-construction pilotés par la Fondation des Territoires et a été lancée le '
        '30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois), lors d’une soirée '
        'VitaWin.',
        'Attention : une annonce publiée sur le site associations.gouv.fr date ce lancement du « mardi 30 '
        'septembre ».'], 'Fondation des Territoires.')
    e('Co-construction territoriale', [
        'Manière d’élaborer des réponses locales avec l’ensemble des acteurs concernés : collectivités, '
        'associations, entreprises, fondations, habitants. La fiche-repère « Les dynamiques d’engagement des '
        'Collectivités territoriales » en propose une lecture ; elle est issue de l’étude IMPACT-Elus locaux '
        'de novembre 2020 (Comisis-OpinionWay).'],
        'Agir ensemble en Territoire ; Parcours d’expérience ; Jouer collectif.')
    e('Devoir d’alliance', [
        'Expression employée dans les enquêtes auprès des citoyens. Le volet PHARE-Citoyens de septembre 2015 '
        'l’associe à 69 % des Français ; les chiffres mis en avant lors de la reconnaissance du droit de '
        'l’alliance d’intérêt général font état de 81 % des Français. Les maires y expriment un « besoin '
        'd’alliance » (92 %) et les dirigeants d’entreprise une « envie d’alliance » (84 %).'],
        'Alliance d’intérêt général (droit de l’).', letter='D')
    e('Diagnostic sectoriel', [
        'Volet du programme PHARE publié en juillet 2016, qui examine les partenariats secteur par secteur.'],
        'PHARE.')
    e('Fiche acteur', [
        'Support de synthèse consacré à une famille d’acteurs, par exemple la fiche « Dynamique d’engagement '
        'des Fondations ».'], 'Co-construction territoriale.', letter='F')
    e('Fondation des Territoires', [
        'Sa préfiguration a été lancée en juillet 2018 et s’est déroulée en trois étapes : de juillet 2018 à '
        'juillet 2019, d’août 2019 à novembre 2020, puis de décembre 2020 à mai 2022. La fondation a été créée '
        'le 14 juin 2022 sous l’égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et s’est donné '
        '3 missions.'], 'Charte du faire alliance.')
    e('Fonds ODD 17', [
        'Fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, doté de 1,5 M€ pour une '
        'expérimentation sur 3 ans.'], 'Catalyseur territorial ; ODD 17.')
    e('IMPACT', [
        'Programme quinquennal 2018-2022, lancé en novembre 2017 avec la Caisse des Dépôts, l’Institut CDC pour '
        'la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Ses trois axes : innovation '
        'sociétale et territoriale, performance des organisations, confiance. Il est aussi présenté à travers '
        'trois indicateurs : innovation, performance, confiance.'], 'ARPEA ; PHARE.', letter='I')
    e('Jouer collectif', [
        'Formule qui désigne la préférence pour l’action concertée entre acteurs d’un territoire. 64 % des '
        'élus locaux déclarent vouloir s’appuyer sur le « jouer collectif ».'],
        'Co-construction territoriale.', letter='J')
    e('M.E.D.O.C.', [
        'Méthodes, Exemples, Données, Outils, Compétences : les cinq familles de ressources proposées sur la '
        'plateforme www.odd17.org.'], 'ODD 17.', letter='M')
    e('Mécénat', [
        'Soutien apporté à une organisation d’intérêt général sans contrepartie équivalente. C’est le premier '
        'objet des partenariats des associations employeuses : 75 % d’entre elles le citent dans l’étude '
        'IMPACT – Associations & Territoires.'], 'Association employeuse.')
    e('Mission ministérielle', [
        'Mission confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. '
        'Le rapport a été remis le 7 mai 2020 ; un bilan a été dressé le 17 octobre 2020.'],
        'Alliance d’intérêt général (droit de l’).')
    e('ODD 17', [
        'Dix-septième objectif de développement durable, consacré aux partenariats. Il compte 19 cibles, '
        'décryptées dans la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », diffusée le '
        '5 juillet.'], 'Fonds ODD 17 ; M.E.D.O.C.', letter='O')
    e('Parcours d’expérience', [
        'Expérimentation de co-construction territoriale lancée par le CGET et Le RAMEAU avec 11 territoires '
        'pionniers, sur 18 mois ; la première session s’est tenue le 3 mai.',
        'Selon une autre présentation, l’opération associait le CGET et « 10 territoires pilotes ».'],
        'Agir ensemble en Territoire ; Co-construction territoriale.', letter='P')
    e('PHARE', [
        'Deuxième programme quinquennal (2013-2018). Il comprend 6 volets : Citoyens (septembre 2015), '
        'Entreprises (octobre 2015), Associations (novembre 2015), 13 rapports régionaux (2016), diagnostics '
        'sectoriels (juillet 2016) et Institutions (automne 2016).'],
        'PHARE-Institutions ; Diagnostic sectoriel ; ARPEA ; IMPACT.')
    e('PHARE-Institutions', [
        'Volet publié le 29 novembre 2016, consacré aux collectivités ; il dégage 5 profils de maires.'],
        'PHARE ; Profil de maire.')
    e('Pionnier', [
        'Organisation qui a engagé des partenariats avant les autres et en a fait un mode de fonctionnement. '
        'Selon la note du 29 février 2016, 65 % des pionniers ont noué des partenariats, contre 37 % des '
        'entreprises d’au moins 10 salariés.'], 'Association employeuse.')
    e('Profil de maire', [
        'Chacune des 5 familles de maires distinguées par PHARE-Institutions selon leur rapport aux '
        'alliances.'], 'PHARE-Institutions.')
    e('Rapport d’état des lieux', [
        'Rapport sur les partenariats entre associations et entreprises demandé par la ministre Valérie '
        'Fourneyron et publié début 2014.'], 'Rapport quinquennal.', letter='R')
    e('Rapport quinquennal', [
        'Bilan des cinq premières années de l’Observatoire, publié le 11 décembre 2012.'], 'ARPEA.')
    e('Rapport régional', [
        'Déclinaison territoriale des résultats de PHARE : 13 rapports régionaux ont été publiés en 2016. Le '
        '11e, consacré à la Normandie, a paru le 26 novembre.'], 'PHARE.')
    e('Territoire engagé', [
        'Territoire dont le maire estime qu’il est déjà mobilisé dans des alliances locales : c’est le cas de '
        '76 % des maires interrogés dans le cadre du programme IMPACT, alors que 46 % d’entre eux disent ne pas '
        'savoir piloter ces dynamiques.'], 'Co-construction territoriale.', letter='T')

    def story():
        rows, styles = [], []
        for letter, t, paras, voir in E:
            if letter:
                rows.append([P(letter, let), ''])
            cell = [P(x, dfn) for x in paras]
            if voir:
                cell.append(P('Voir aussi : ' + voir, see))
            rows.append([P(t, term), cell])
        tb = Table(rows, colWidths=[MW + GAP / 2, W - 100 - MW - GAP / 2], splitInRow=1, repeatRows=0)
        tb.setStyle(TableStyle([
            ('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('LEFTPADDING', (0, 0), (0, -1), 0), ('RIGHTPADDING', (0, 0), (0, -1), GAP / 2 + 2),
            ('LEFTPADDING', (1, 0), (1, -1), GAP / 2 + 2), ('RIGHTPADDING', (1, 0), (1, -1), 0),
            ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 5.5),
        ]))
        return [tb]

    _build_flow(story, fname, 'Lexique des alliances', on_page, (50, 62, W - 100, H - 50 - 62))
    return fname


# =====================================================================
# 06 - Fiche regionale autour d'une carte
# =====================================================================
def doc_fiche():
    fname = 'obs-s67-06-fiche-territoires.pdf'
    c = new_canvas(fname, 'Fiche territoire – Normandie et repères')
    bx = S('bx', fontName='Cond', fontSize=9, leading=11.2)
    bxb = S('bxb', fontName='Cond-B', fontSize=15, leading=17)

    def box(x, y, w, h, big, text, kind):
        fillc, strokec = (PALEGREEN, GREEN) if kind == 'reg' else (PALEBLUE, BLUE)
        c.setFillColor(fillc)
        c.setStrokeColor(strokec)
        c.setLineWidth(0.8)
        c.roundRect(x, y, w, h, 6, stroke=1, fill=1)
        hh = para_at(c, big, bxb, x + 7, y + h - 6, w - 14)
        para_at(c, text, bx, x + 7, y + h - 9 - hh, w - 14)

    def connector(x1, y1, x2, y2):
        c.setStrokeColor(colors.HexColor('#888888'))
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        c.line(x1, y1, x2, y2)
        c.setDash()

    def legend(y):
        c.setFillColor(PALEGREEN)
        c.setStrokeColor(GREEN)
        c.rect(50, y, 10, 10, stroke=1, fill=1)
        txt(c, 66, y + 1.5, 'Donnée ou événement propre au territoire', 'Cond', 8)
        c.setFillColor(PALEBLUE)
        c.setStrokeColor(BLUE)
        c.rect(260, y, 10, 10, stroke=1, fill=1)
        txt(c, 276, y + 1.5, 'Repère national (pas de déclinaison régionale publiée)', 'Cond', 8)

    # ---------- page 1 : Normandie
    c.setFillColor(GREEN)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    txt(c, 40, H - 38, 'FICHE TERRITOIRE', 'Sans-B', 11, colors.white)
    txt(c, 40, H - 60, 'Normandie', 'Sans-B', 22, colors.white)
    txt(c, W - 40, H - 38, 'Observatoire des partenariats', 'Sans', 9, colors.white, 'right')
    txt(c, W - 40, H - 52, 'Fiche n° 11 · série « Territoires »', 'Sans', 8, colors.white, 'right')
    # forme centrale stylisee
    cx, cy = W / 2, 470
    pts = [(-120, 40), (-95, 75), (-60, 60), (-20, 82), (30, 70), (75, 88), (125, 55), (118, 5), (90, -35),
           (40, -55), (-10, -48), (-55, -70), (-105, -45), (-128, -5)]
    c.setFillColor(colors.HexColor('#CFE3D2'))
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.4)
    pth = c.beginPath()
    pth.moveTo(cx + pts[0][0], cy + pts[0][1])
    for px, py in pts[1:]:
        pth.lineTo(cx + px, cy + py)
    pth.close()
    c.drawPath(pth, stroke=1, fill=1)
    txt(c, cx, cy + 4, 'NORMANDIE', 'Sans-B', 12, GREEN, 'center')
    txt(c, cx, cy - 12, 'fond stylisé', 'Sans-I', 7, GREY, 'center')
    # boites tout autour
    box(40, 640, 165, 82, '11e', 'rapport régional de l’Observatoire des partenariats : la Normandie, publié le '
                                 '26 novembre', 'reg')
    connector(205, 660, cx - 90, cy + 70)
    box(W - 40 - 165, 640, 165, 82, '13', 'rapports régionaux publiés en 2016 dans le cadre du programme PHARE',
        'nat')
    connector(W - 205, 660, cx + 90, cy + 80)
    box(40, 440, 120, 96, '15 nov.', 'Dossier JURIS Associations n° 628', 'reg')
    connector(160, 488, cx - 128, cy)
    box(W - 40 - 120, 440, 120, 96, '23 nov.', '3e dîner « Elus & Entreprises »', 'reg')
    connector(W - 160, 488, cx + 122, cy + 5)
    box(40, 270, 165, 96, '26 nov.', '5e webinaire « l’ODD 17 en pratique », le jour même de la sortie du '
                                     'rapport', 'reg')
    connector(205, 330, cx - 60, cy - 70)
    box(W - 40 - 165, 270, 165, 96, '87 %', 'des maires voient dans les partenariats une source d’innovation',
        'nat')
    connector(W - 205, 330, cx + 60, cy - 50)
    box(cx - 95, 150, 190, 80, '92 %', 'des maires reconnaissent l’utilité de la co-construction', 'nat')
    connector(cx, 230, cx, cy - 55)
    legend(110)
    para_at(c, 'Sources : Observatoire des partenariats, programme PHARE (rapports régionaux, 2016) et programme '
               'IMPACT ; calendrier de la semaine de sortie du rapport normand. Les pourcentages sont des '
               'résultats nationaux. Fond de carte stylisé, sans valeur géographique.',
            S('src', fontName='Cond-I', fontSize=6.8, leading=8.4, textColor=GREY), 50, 92, W - 100)
    txt(c, W - 40, 30, 'Territoires · 1', 'Sans', 7.5, GREY, 'right')
    c.showPage()

    # ---------- page 2 : reperes nationaux autour de l'hexagone
    c.setFillColor(BLUE)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    txt(c, 40, H - 38, 'FICHE TERRITOIRE', 'Sans-B', 11, colors.white)
    txt(c, 40, H - 60, 'Repères : associations & territoires', 'Sans-B', 20, colors.white)
    txt(c, W - 40, H - 38, 'Observatoire des partenariats', 'Sans', 9, colors.white, 'right')
    cx, cy = W / 2, 455
    hexa = [(0.8 * hx, 0.8 * hy) for hx, hy in
            [(0, 120), (95, 70), (110, -20), (60, -110), (-40, -115), (-105, -50), (-100, 55)]]
    c.setFillColor(colors.HexColor('#D6E2F0'))
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.4)
    pth = c.beginPath()
    pth.moveTo(cx + hexa[0][0], cy + hexa[0][1])
    for px, py in hexa[1:]:
        pth.lineTo(cx + px, cy + py)
    pth.close()
    c.drawPath(pth, stroke=1, fill=1)
    for (px, py, lab, al) in [(64, 40, 'Alsace', 'right'), (-50, -8, 'Poitou-Charentes', 'left'),
                              (14, 50, 'Paris-Est Marne & Bois', 'center')]:
        c.setFillColor(ORANGE)
        c.circle(cx + px, cy + py, 4, stroke=0, fill=1)
        if al == 'right':
            txt(c, cx + px - 6, cy + py - 12, lab, 'Cond-B', 7.5, ORANGE, 'right')
        elif al == 'left':
            txt(c, cx + px + 6, cy + py - 3, lab, 'Cond-B', 7.5, ORANGE)
        else:
            txt(c, cx + px, cy + py + 7, lab, 'Cond-B', 7.5, ORANGE, 'center')
    txt(c, cx, cy - 34, '● territoires pilotes', 'Cond', 7, ORANGE, 'center')
    txt(c, cx, cy - 44, '« Agir ensemble en Territoire » (2010)', 'Cond', 7, ORANGE, 'center')

    box(40, 650, 160, 82, '148 000', 'associations employeuses couvertes par l’étude IMPACT – Associations & '
                                     'Territoires', 'nat')
    box(W - 40 - 160, 650, 160, 82, '98 %', 'de ces associations ont des partenariats', 'nat')
    box(40, 455, 150, 160, 'Avec qui ?', 'Collectivités 89 % · structures d’intérêt général 73 % · '
                                         'établissements scolaires 70 % · collectifs d’associations 56 % · '
                                         'acteurs publics nationaux 52 % · fédérations professionnelles 37 % '
                                         '· acteurs académiques 35 %', 'nat')
    box(W - 40 - 150, 485, 150, 130, 'Pour quoi ?', 'Mécénat 75 % · innovation sociétale 73 % · pratiques '
                                                    'responsables 70 % · coopération économique 58 %', 'nat')
    box(W - 40 - 150, 365, 150, 100, 'À quelle échelle ?', 'Partenariats à l’échelle locale : 73 % ; à '
                                                           'l’échelle régionale : 47 %', 'nat')
    box(40, 245, 160, 110, '11', 'territoires pionniers pour le Parcours d’expérience du CGET et de Le RAMEAU, '
                                 'sur 18 mois (1re session le 3 mai)', 'reg')
    box(215, 245, 160, 110, '10', 'territoires pilotes avec le CGET, selon une autre présentation de la même '
                                  'démarche', 'reg')
    box(W - 40 - 165, 245, 165, 110, '42', 'fondations interrogées pour l’étude IMPACT Fondations & '
                                            'Territoires, publiée le 23 septembre', 'nat')
    connector(200, 690, cx - 20, cy + 95)
    connector(W - 200, 690, cx + 20, cy + 95)
    legend(205)
    para_at(c, 'Sources : programme IMPACT (Associations & Territoires ; Fondations & Territoires) ; Le RAMEAU '
               'et CGET pour le Parcours d’expérience ; démarche « Agir ensemble en Territoire » pour les '
               'territoires pilotes. Les deux comptes de territoires (11 et 10) figurent tels que publiés. '
               'Fond de carte stylisé, sans valeur géographique.',
            S('src', fontName='Cond-I', fontSize=6.8, leading=8.4, textColor=GREY), 50, 188, W - 100)
    txt(c, W - 40, 30, 'Territoires · 2', 'Sans', 7.5, GREY, 'right')
    c.showPage()
    c.save()
    return fname


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for f in (doc_faq, doc_convention, doc_chapitre, doc_affiche, doc_glossaire, doc_fiche):
        print(f())
