#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Genere les 6 PDF du jeu aveugle s76 (deterministe : rl_config.invariant = 1, ni date ni hasard).

Usage : python make_docs.py [DOSSIER_DE_SORTIE]   (par defaut : le dossier du script)

Documents (mises en page volontairement fragmentees) :
  01 forum      fil de discussion de forum imprime (profils en colonne, citations imbriquees)
  02 quiz       quiz magazine a choix multiples, corrige express tete-beche, corrige detaille en fin
  03 carte      carte mentale dessinee (paysage) puis transcrite en listes imbriquees (portrait)
  04 dossier    rapport avec encadres « A retenir » et annotations en marge
  05 bilan      bilan chiffre en tableaux a cellules fusionnees (paysage)
  06 lettre     lettre d'information municipale (colonnes inegales, legendes, encadres)
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, FrameBreak, NextPageTemplate, PageBreak,
                                Flowable, CondPageBreak)

FONT_DIR = '/usr/share/fonts/truetype/dejavu'
_FONTS = {
    'DV': 'DejaVuSans.ttf', 'DV-B': 'DejaVuSans-Bold.ttf', 'DV-I': 'DejaVuSans-Oblique.ttf',
    'DV-BI': 'DejaVuSans-BoldOblique.ttf',
    'DVS': 'DejaVuSerif.ttf', 'DVS-B': 'DejaVuSerif-Bold.ttf', 'DVS-I': 'DejaVuSerif-Italic.ttf',
    'DVS-BI': 'DejaVuSerif-BoldItalic.ttf',
    'DVC': 'DejaVuSansCondensed.ttf', 'DVC-B': 'DejaVuSansCondensed-Bold.ttf',
    'DVC-I': 'DejaVuSansCondensed-Oblique.ttf', 'DVC-BI': 'DejaVuSansCondensed-BoldOblique.ttf',
    'DVM': 'DejaVuSansMono.ttf',
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONT_DIR, _f)))
for _fam in ('DV', 'DVS', 'DVC'):
    addMapping(_fam, 0, 0, _fam)
    addMapping(_fam, 1, 0, _fam + '-B')
    addMapping(_fam, 0, 1, _fam + '-I')
    addMapping(_fam, 1, 1, _fam + '-BI')
addMapping('DVM', 0, 0, 'DVM')
addMapping('DVM', 1, 0, 'DVM')
addMapping('DVM', 0, 1, 'DVM')
addMapping('DVM', 1, 1, 'DVM')

NB = '\u00a0'    # espace insecable (avant le deux-points) ; ReportLab l'imprime comme une espace
NNB = '\u202f'   # espace fine insecable (nombres, % EUR ; ? ! « ») ; conservee dans le texte du PDF

# ReportLab coupe les mots sur U+202F (paragraph._wsc et str.split) : on retire U+00A0 et U+202F des
# separateurs pour que ces espaces restent insecables a la mise en page.
import reportlab.platypus.paragraph as _rlpara
_BREAK_WS = ''.join(ch for ch in _rlpara._wsc if ch not in '\u00a0\u202f')
_break_split = re.compile('[%s]+' % re.escape(_BREAK_WS)).split


def _split_keep_nbsp(text, delim=None):
    if isinstance(text, bytes):
        text = text.decode('utf8')
    if delim is not None:
        if isinstance(delim, bytes):
            delim = delim.decode('utf8')
        return text.split(delim)
    return [w for w in _break_split(text) if w != ''] if text.strip(_BREAK_WS) else []


_rlpara.split = _split_keep_nbsp


def fr(s):
    """Typographie francaise : insecables dans les nombres et avant % EUR : ; ? ! », apres «."""
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NNB, s)
    s = re.sub(r' (?=:)', NB, s)
    s = re.sub(r' (?=[%€;?!»])', NNB, s)
    s = s.replace('« ', '«' + NNB)
    return s


def P(text, style):
    return Paragraph(fr(text), style)


def S(name, font='DV', size=9.5, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, **kw)


def meta(doc, title, author, subject):
    doc.title = title
    doc.author = author
    doc.subject = subject
    doc.creator = 'make_docs.py (jeu aveugle s76)'
    doc.producer = 'ReportLab'


def dstr(c, x, y, text, font='DV', size=8, color=colors.black, align='left'):
    c.setFont(font, size)
    c.setFillColor(color)
    t = fr(text)
    if align == 'left':
        c.drawString(x, y, t)
    elif align == 'right':
        c.drawRightString(x, y, t)
    else:
        c.drawCentredString(x, y, t)


# ---------------------------------------------------------------------------------------------
# 01 — Fil de discussion de forum imprime
# ---------------------------------------------------------------------------------------------
def doc_forum(out):
    fn = os.path.join(out, 'obs-s76-01-forum-partenariats.pdf')
    W, H = A4
    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                          topMargin=2.4 * cm, bottomMargin=2.0 * cm)
    meta(doc, 'Forum Asso’Liens – Partenariats asso / entreprises : ça sert vraiment ?',
         'Asso’Liens Centre-Val de Loire', 'Fil de discussion imprimé (pages 3 à 5 du fil)')

    def deco(c, d):
        c.saveState()
        pg = c.getPageNumber()
        dstr(c, 1.5 * cm, H - 1.0 * cm, 'Partenariats asso / entreprises : ça sert vraiment ou c’est du vent ? – '
             'Forum Asso’Liens', size=7, color=colors.grey)
        dstr(c, W - 1.5 * cm, H - 1.0 * cm, '14/03/2024', size=7, color=colors.grey, align='right')
        # bandeau du forum
        c.setFillColor(colors.HexColor('#1f4e5f'))
        c.rect(1.5 * cm, H - 1.95 * cm, W - 3 * cm, 0.7 * cm, fill=1, stroke=0)
        dstr(c, 1.8 * cm, H - 1.72 * cm, '◉ ASSO’LIENS', font='DV-B', size=10, color=colors.white)
        dstr(c, 4.7 * cm, H - 1.72 * cm, 'le forum des bénévoles du Centre-Val de Loire', font='DV-I', size=8,
             color=colors.HexColor('#cfe3ea'))
        dstr(c, W - 1.8 * cm, H - 1.72 * cm, 'Page %d / 5 du fil' % (pg + 2), font='DV-B', size=8,
             color=colors.white, align='right')
        dstr(c, 1.5 * cm, 1.0 * cm, 'https://forum.assoliens-cvl.fr/t/partenariats-asso-entreprises-ca-sert-vraiment/2318'
             '?page=%d' % (pg + 2), size=6.5, color=colors.grey)
        dstr(c, W - 1.5 * cm, 1.0 * cm, '%d' % (pg + 2), size=7, color=colors.grey, align='right')
        c.restoreState()

    doc.addPageTemplates([PageTemplate('f', [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                                                   id='body')], onPage=deco)])

    st_prof = S('prof', 'DVC', 7.2, 9, textColor=colors.HexColor('#333333'))
    st_pseudo = S('pseudo', 'DV-B', 8.5, 10.5, textColor=colors.HexColor('#1f4e5f'))
    st_date = S('date', 'DV-I', 7, 9, textColor=colors.grey)
    st_msg = S('msg', 'DV', 8.6, 11.6)
    st_quote = S('quote', 'DV', 7.8, 10.2, textColor=colors.HexColor('#333333'))
    st_qhead = S('qhead', 'DV-B', 7.2, 9, textColor=colors.HexColor('#555555'))
    st_sig = S('sig', 'DV-I', 7, 9, textColor=colors.HexColor('#777777'))
    st_bread = S('bread', 'DV', 7.5, 10, textColor=colors.HexColor('#555555'))
    st_title = S('ttl', 'DV-B', 13, 16, textColor=colors.HexColor('#1f4e5f'))
    st_small = S('small', 'DV', 6.8, 8.8, textColor=colors.grey)

    def quote(author, when, body_flows, level=0):
        inner = [P('%s a écrit (%s) :' % (author, when), st_qhead)] + body_flows
        t = Table([[inner]], colWidths=[doc.width - 4.3 * cm - level * 0.8 * cm])
        t.setStyle(TableStyle([
            ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eef2f4') if level == 0 else colors.HexColor('#e0e7ea')),
            ('LINEBEFORE', (0, 0), (0, -1), 2.5, colors.HexColor('#8fb3c1')),
            ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 4),
            ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
        return t

    def post(num, pseudo, role, since, nmsg, when, body, sig=None, useful=None):
        prof = [P(pseudo, st_pseudo), P(role, st_prof), Spacer(1, 3),
                P('Inscrit·e : %s' % since, st_prof), P('Messages : %s' % nmsg, st_prof)]
        msg = [P('#%d · Posté le %s' % (num, when), st_date), Spacer(1, 3)]
        for b in body:
            msg.append(P(b, st_msg) if isinstance(b, str) else b)
            msg.append(Spacer(1, 3))
        if useful:
            msg.append(P('▲ %s · Répondre · Citer · Signaler' % useful, st_small))
        if sig:
            msg.append(P('――――', st_sig))
            msg.append(P(sig, st_sig))
        t = Table([[prof, msg]], colWidths=[3.3 * cm, doc.width - 3.3 * cm])
        t.setStyle(TableStyle([
            ('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('BACKGROUND', (0, 0), (0, 0), colors.HexColor('#f4f6f7')),
            ('BOX', (0, 0), (-1, -1), 0.6, colors.HexColor('#b7c6cc')),
            ('LINEAFTER', (0, 0), (0, 0), 0.4, colors.HexColor('#b7c6cc')),
            ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
        return [t, Spacer(1, 7)]

    story = []
    story.append(P('Accueil › Vie associative › Financements &amp; partenariats › '
                   'Partenariats asso / entreprises : ça sert vraiment ou c’est du vent ?', st_bread))
    story.append(Spacer(1, 4))
    story.append(P('Partenariats asso / entreprises : ça sert vraiment ou c’est du vent ?', st_title))
    story.append(P('Sujet ouvert par Jeannot45 · 51 réponses · 2 487 vues · Étiquettes : '
                   '<i>mécénat, entreprises, études, charte</i>', st_small))
    story.append(Spacer(1, 8))

    story += post(41, 'Jeannot45', 'Bénévole', 'mai 2021', '87', '11 févr. 2024 à 21:07', [
        'Bonsoir à tous, je relance le sujet parce que dans notre asso de quartier on tourne en rond. '
        'Le président veut aller voir le supermarché du coin pour monter un partenariat, moi j’ai peur '
        'qu’on se fasse « acheter ». Est-ce que quelqu’un a des chiffres sérieux sur ce que les gens en '
        'pensent vraiment ? Pas des slogans, des vrais chiffres.'],
        sig='Jeannot – secrétaire d’une asso de jardins partagés (Orléans-La Source)', useful='3 utiles')

    story += post(42, 'Maud_R', 'Modératrice', 'mars 2017', '2 318', '11 févr. 2024 à 22:15', [
        quote('Jeannot45', '#41', [P('Est-ce que quelqu’un a des chiffres sérieux sur ce que les gens en '
                                     'pensent vraiment ?', st_quote)]),
        'Des chiffres sérieux, il y en a. L’Observatoire des partenariats a sorti en septembre 2015 son '
        'enquête <b>PHARE-Citoyens</b>, avec plus de 2 000 personnes interrogées. Le résultat qui m’a le '
        'plus marquée : <b>69 %</b> des Français considèrent que les associations et les entreprises ont '
        'un « devoir d’alliance ».',
        'Donc non, tu ne te fais pas forcément acheter : les gens attendent plutôt qu’on travaille ensemble.'],
        sig='Maud – modératrice bénévole · « Seul on va plus vite, ensemble on va plus loin »',
        useful='17 utiles')

    story += post(43, 'PtitLouis_Tours', 'Membre', 'janv. 2023', '12', '12 févr. 2024 à 07:48', [
        '69 % ok mais ils ont demandé quoi exactement ?? parce que si on me demande si les gens doivent '
        's’entendre je réponds oui aussi mdr'], useful='1 utile')

    notes = Table([
        ['Enjeu du territoire', 'Note /10'],
        ['Emploi', '7,1/10'],
        ['Pouvoir d’achat', '6,6/10'],
        ['Sécurité', '6,6/10'],
        ['Développement économique', '6,5/10'],
        ['Environnement', '6,3/10'],
        ['Exclusion', '6,3/10']], colWidths=[5.2 * cm, 2.0 * cm])
    notes.setStyle(TableStyle([
        ('FONT', (0, 0), (-1, -1), 'DV', 7.8), ('FONT', (0, 0), (-1, 0), 'DV-B', 7.8),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dfe9ed')),
        ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#b7c6cc')),
        ('ALIGN', (1, 0), (1, -1), 'RIGHT'),
        ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]))
    notes.hAlign = 'LEFT'
    story += post(44, 'Maud_R', 'Modératrice', 'mars 2017', '2 318', '12 févr. 2024 à 09:30', [
        quote('PtitLouis_Tours', '#43', [P('69 % ok mais ils ont demandé quoi exactement ??', st_quote)]),
        'Bonne question ! Ils n’ont pas fait que ça. On a aussi demandé aux gens de noter de 0 à 10 '
        'l’importance des grands enjeux de leur territoire. J’ai le document sous les yeux, je te recopie :',
        notes,
        'Et quand on leur demande sur quels sujets les partenariats ont un impact fort, ça donne : '
        'l’emploi (49 %), le développement économique (46 %), l’environnement (42 %), puis la précarité '
        'et l’éducation (36 % chacune).'],
        sig='Maud – modératrice bénévole · « Seul on va plus vite, ensemble on va plus loin »',
        useful='22 utiles')

    story += post(45, 'Bernadette.B', 'Membre d’honneur', 'sept. 2012', '641', '13 févr. 2024 à 14:02', [
        'Moi ça fait longtemps que je suis dans le milieu. J’ai retrouvé dans mon grenier (!) une plaquette '
        'de janvier 2011 sur l’étude <b>ARPEA Entreprises &amp; Territoires</b>. Je vous recopie le '
        'passage qui m’intéresse :',
        quote('la plaquette', 'janvier 2011', [P(
            '« L’Observatoire national des partenariats associations / entreprises, créé en 2007, a '
            'interrogé les entreprises sur leurs relations avec le monde associatif. 21 % d’entre elles '
            'développent déjà des partenariats avec des associations et 33 % souhaitent le faire ; en '
            'revanche 46 % ne le souhaitent pas. »', st_quote)]),
        'Bon, ça date, mais ça montre que côté entreprises, c’était pas gagné d’avance.'],
        sig='Bernadette – 30 ans de bénévolat, dont 12 au CA d’une banque alimentaire', useful='9 utiles')

    story += post(46, 'PtitLouis_Tours', 'Membre', 'janv. 2023', '12', '13 févr. 2024 à 18:40', [
        quote('Bernadette.B', '#45', [
            quote('la plaquette', 'janvier 2011', [P('[…] en revanche 46 % ne le souhaitent pas. »',
                                                      st_quote)], level=1),
            P('Bon, ça date, mais ça montre que côté entreprises, c’était pas gagné d’avance.', st_quote)]),
        'merci !! presque la moitié des boites qui veulent pas, ça calme. Mais 2011 c’est vieux, '
        'y’a pas plus récent ?'], useful='2 utiles')

    story += post(47, 'Maud_R', 'Modératrice', 'mars 2017', '2 318', '13 févr. 2024 à 20:55', [
        'Plus récent et plus concret : Le RAMEAU dit avoir mené des expérimentations auprès de plus de '
        '500 organisations depuis 2006. Il y a aussi eu un parcours d’expérience sur la co-construction '
        'territoriale lancé par le CGET et Le RAMEAU, annoncé avec <b>10 territoires pilotes</b>.',
        'Pour le côté « sur le terrain », regarde aussi du côté des collectivités : beaucoup de mairies '
        'ont maintenant un élu référent vie associative.'],
        sig='Maud – modératrice bénévole · « Seul on va plus vite, ensemble on va plus loin »',
        useful='11 utiles')

    story += post(48, 'Karim_ESS', 'Membre', 'nov. 2020', '154', '14 févr. 2024 à 11:12', [
        'Et n’oubliez pas la <b>Charte du faire alliance</b> ! D’après la page d’associations.gouv.fr, '
        'elle a été dévoilée à Saint-Maurice le <b>mardi 30 septembre</b>, à l’occasion du Giving Tuesday. '
        'C’est un texte court, on peut le faire signer en CA, ça rassure tout le monde sur les règles du jeu.'],
        sig='Karim – coordinateur d’un tiers-lieu ESS à Blois', useful='6 utiles')

    story += post(49, 'Jeannot45', 'Bénévole', 'mai 2021', '87', '14 févr. 2024 à 19:30', [
        'Merci à tous, je vais imprimer tout ça pour le CA de jeudi. Dernière question : quelqu’un a les '
        'résultats de PHARE-Citoyens pour le Centre-Val de Loire ? Je trouve que les chiffres nationaux.'],
        sig='Jeannot – secrétaire d’une asso de jardins partagés (Orléans-La Source)')

    story += post(50, 'Maud_R', 'Modératrice', 'mars 2017', '2 318', '14 févr. 2024 à 21:02', [
        quote('Jeannot45', '#49', [P('quelqu’un a les résultats de PHARE-Citoyens pour le Centre-Val de '
                                     'Loire ?', st_quote)]),
        'Pas dans ce que j’ai, désolée : les chiffres que je vous ai donnés sont nationaux. Si quelqu’un '
        'a mieux, qu’il poste ici ! Je passe le sujet en « résolu » pour la question de Jeannot.'],
        useful='4 utiles')

    story += post(51, 'Sandrine_Vdm', 'Membre', 'juin 2019', '233', '15 févr. 2024 à 08:16', [
        'Petit retour d’expérience pour Jeannot : à Vendôme, on a organisé un petit-déjeuner « associations '
        'et entreprises » à la salle des fêtes. Résultat : deux partenariats signés dans l’année, dont un avec '
        'le garage solidaire. Le plus dur, c’est le premier rendez-vous, après ça roule.',
        'Mon conseil : arrivez avec un projet précis, pas avec une demande de chèque.'],
        sig='Sandrine – présidente d’une asso de soutien scolaire', useful='8 utiles')

    story += post(52, 'PtitLouis_Tours', 'Membre', 'janv. 2023', '12', '15 févr. 2024 à 12:40', [
        quote('Sandrine_Vdm', '#51', [P('arrivez avec un projet précis, pas avec une demande de chèque.',
                                        st_quote)]),
        'trop vrai. on a fait l’erreur l’an dernier, le directeur du magasin nous a dit « revenez avec un '
        'vrai projet » lol'], useful='3 utiles')

    story += post(53, 'Jeannot45', 'Bénévole', 'mai 2021', '87', '16 févr. 2024 à 22:48', [
        'Retour du CA d’hier soir : on a voté pour aller rencontrer le supermarché, avec un projet précis '
        '(un composteur partagé) et la charte en annexe. Merci à tous pour vos réponses, je reviendrai '
        'vous dire comment ça s’est passé !'],
        sig='Jeannot – secrétaire d’une asso de jardins partagés (Orléans-La Source)', useful='12 utiles')

    resolved = Table([[P('✔ Sujet marqué comme <b>résolu</b> par Maud_R le 14 févr. 2024. '
                         'Les réponses restent ouvertes.', S('res', 'DV', 8, 10.5,
                                                           textColor=colors.HexColor('#2d6a2d')))]],
                     colWidths=[doc.width])
    resolved.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e6f2e6')),
                                  ('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#9cc79c'))]))
    story.append(resolved)
    story.append(Spacer(1, 10))
    simil = Table([[P('<b>Sujets similaires</b>', st_bread), P('<b>Réponses</b>', st_bread)],
                   [P('Mécénat de compétences : comment on s’y prend ?', st_bread), P('34', st_bread)],
                   [P('Demande de subvention à la mairie : vos modèles de lettre', st_bread), P('58', st_bread)],
                   [P('Assurance des bénévoles lors d’un événement avec une entreprise', st_bread),
                    P('11', st_bread)],
                   [P('Rescrit fiscal : obligatoire pour un don d’entreprise ?', st_bread), P('27', st_bread)]],
                  colWidths=[doc.width - 2.5 * cm, 2.5 * cm])
    simil.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#b7c6cc')),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eef2f4'))]))
    story.append(simil)
    story.append(Spacer(1, 8))
    story.append(P('Qui est en ligne ? 3 modératrices et modérateurs, 19 invités. Fuseau horaire : Europe/Paris.',
                   st_small))
    story.append(Spacer(1, 4))
    story.append(P('Asso’Liens fédère des associations de toute la région Centre-Val de Loire, de toutes tailles '
                   'et de tous secteurs, autour de l’entraide entre bénévoles.', st_small))
    story.append(P('Charte du forum · Mentions légales · Contact · Données personnelles — Asso’Liens '
                   'Centre-Val de Loire, association loi 1901. Les messages n’engagent que leurs auteurs. '
                   'Forum modéré a posteriori par des bénévoles.', st_small))
    doc.build(story)
    return fn


# ---------------------------------------------------------------------------------------------
# 02 — Quiz magazine avec corrige en fin de document
# ---------------------------------------------------------------------------------------------
QUIZ = [
    ('En quelle année Le RAMEAU a-t-il vu le jour ?', ['2004', '2006', '2010']),
    ('Qui est à l’origine de l’Observatoire des partenariats ?',
     ['la Caisse des Dépôts et Le RAMEAU', 'le MEDEF seul', 'un ministère']),
    ('Qui assure la direction scientifique de l’Observatoire ?',
     ['Laurence Weber', 'Anne Robin', 'Valérie Fourneyron']),
    ('Sur la plateforme odd17.org, que veut dire M.E.D.O.C. ?',
     ['Méthodes, Exemples, Données, Outils, Compétences', 'Mutualiser, Engager, Diffuser, Organiser, '
      'Coopérer', 'Mécénat, Entreprises, Dons, Organisations, Citoyens']),
    ('Combien de cibles l’ODD 17 compte-t-il ?', ['12', '17', '19']),
    ('De quels moyens dispose le Fonds ODD 17 ?', ['500 000 € sur 2 ans', '1,5 M€ sur 3 ans',
                                                   '3 M€ sur 5 ans']),
    ('Quel ministre a confié une mission sur les alliances lors du FNAF 2019 ?',
     ['Gabriel Attal', 'le ministre de l’Économie', 'la ministre de la Culture']),
    ('Combien d’exemples inspirants Le RAMEAU a-t-il recensés ?', ['plus de 100', 'plus de 1 000',
                                                                   'plus de 10 000']),
    ('Quand la Fondation des Territoires a-t-elle été créée ?', ['le 14 juin 2022', 'le 30 novembre 2021',
                                                               'le 7 mai 2020']),
    ('Combien de missions Le RAMEAU s’est-il fixées ?', ['deux', 'trois', 'cinq']),
    ('Quel est le statut du RAMEAU ?', ['société coopérative', 'association d’intérêt général',
                                        'fondation d’entreprise']),
    ('Combien d’années de recherche Le RAMEAU met-il en avant ?', ['5 ans', '10 ans', '15 ans']),
]
QUIZ_KEY = ['b', 'a', 'b', 'a', 'c', 'b', 'a', 'b', 'a', 'b', 'b', 'c']
QUIZ_EXPL = [
    '<b>2006</b>. Le RAMEAU naît cette année-là sous statut associatif d’intérêt général ; il se présente '
    'comme un « laboratoire de recherche empirique ».',
    'La Caisse des Dépôts et Le RAMEAU l’ont lancé en <b>2008</b>, avec le MEDEF et le Mouvement associatif '
    'comme partenaires.',
    '<b>Anne Robin</b>, fondatrice de COMISIS, qui l’exerce bénévolement. Piège : Laurence Weber est la '
    'directrice générale du RAMEAU, dont le président-fondateur est Charles-Benoît Heidsieck.',
    'Méthodes, Exemples, Données, Outils, Compétences : les cinq entrées de la plateforme www.odd17.org.',
    '<b>19 cibles</b>, décortiquées dans la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », '
    'parue un 5 juillet.',
    '<b>1,5 M€</b> pour une expérimentation sur trois ans. Le fonds a été co-créé en <b>2020</b> par '
    'Le RAMEAU et la <b>Fondation TotalEnergies</b> ; il s’appuie sur 350 « catalyseurs territoriaux ».',
    '<b>Gabriel Attal</b>, qui a confié la mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. '
    'Le rapport a été remis le <b>7 mai 2020</b>, et un bilan a suivi le 17 octobre 2020.',
    'Plus de 1 000 exemples inspirants, repérés au fil des travaux.',
    'Le <b>14 juin 2022</b>, sous l’égide de la Fondation de Lille, avec 21 co-fondateurs et trois missions.',
    'Trois missions, à commencer par « témoigner » de ce qui se fait sur le terrain.',
    'Une association d’intérêt général, qui se voit aussi comme un « laboratoire d’innovations '
    'partenariales ».',
    '15 ans de recherche, dont 5 ans consacrés à l’étude d’impact.',
]


class Upside(Flowable):
    """Bandeau imprime tete-beche (rotation 180 degres)."""

    def __init__(self, width, lines):
        Flowable.__init__(self)
        self.width = width
        self.lines = lines
        self.height = 1.5 * cm

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor('#c0392b'))
        c.setDash(2, 2)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.translate(self.width, self.height)
        c.rotate(180)
        y = 0.5 * cm
        for i, (font, size, txt) in enumerate(self.lines):
            dstr(c, self.width / 2, y + i * 0.45 * cm, txt, font=font, size=size, align='center',
                 color=colors.HexColor('#c0392b'))
        c.restoreState()


def doc_quiz(out):
    fn = os.path.join(out, 'obs-s76-02-quiz-alliances.pdf')
    W, H = A4
    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=2.3 * cm,
                          bottomMargin=2.0 * cm)
    meta(doc, 'Quiz : êtes-vous incollable sur les alliances ?', 'Le Mag des Alliances',
         'Cahier jeux, n° 58, pages 18 à 20')

    def deco(c, d):
        c.saveState()
        pg = c.getPageNumber()
        c.setFillColor(colors.HexColor('#6a1b4d'))
        c.rect(0, H - 1.5 * cm, W, 1.5 * cm, fill=1, stroke=0)
        dstr(c, 1.6 * cm, H - 0.95 * cm, 'le MAG des ALLIANCES', font='DVS-B', size=13, color=colors.white)
        dstr(c, W - 1.6 * cm, H - 0.95 * cm, 'CAHIER JEUX · n° 58 · hiver', font='DV-B', size=8,
             color=colors.HexColor('#f3d9e8'), align='right')
        c.setStrokeColor(colors.HexColor('#6a1b4d'))
        c.line(1.6 * cm, 1.45 * cm, W - 1.6 * cm, 1.45 * cm)
        printed = 17 + pg
        if printed % 2 == 0:
            dstr(c, 1.6 * cm, 1.0 * cm, '%d' % printed, font='DV-B', size=9, color=colors.HexColor('#6a1b4d'))
            dstr(c, W - 1.6 * cm, 1.0 * cm, 'Le Mag des Alliances · www.mag-alliances.example · '
                 'Reproduction libre pour un usage associatif', size=6.5, color=colors.grey, align='right')
        else:
            dstr(c, W - 1.6 * cm, 1.0 * cm, '%d' % printed, font='DV-B', size=9, color=colors.HexColor('#6a1b4d'),
                 align='right')
            dstr(c, 1.6 * cm, 1.0 * cm, 'Le Mag des Alliances · www.mag-alliances.example · '
                 'Reproduction libre pour un usage associatif', size=6.5, color=colors.grey)
        c.restoreState()

    gap = 0.8 * cm
    colw = (doc.width - gap) / 2
    top_h = 5.3 * cm
    f_top = Frame(doc.leftMargin, doc.bottomMargin + doc.height - top_h, doc.width, top_h, id='top')
    f_l = Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height - top_h, id='l')
    f_r = Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, doc.height - top_h, id='r')
    f_full = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='full')
    bot = 11.0 * cm
    f_l2 = Frame(doc.leftMargin, doc.bottomMargin + bot, colw, doc.height - bot, id='l2')
    f_r2 = Frame(doc.leftMargin + colw + gap, doc.bottomMargin + bot, colw, doc.height - bot, id='r2')
    f_b2 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, bot, id='b2')
    doc.addPageTemplates([
        PageTemplate('p1', [f_top, f_l, f_r], onPage=deco),
        PageTemplate('p2', [f_l2, f_r2, f_b2], onPage=deco),
        PageTemplate('p3', [f_full], onPage=deco)])

    st_kick = S('kick', 'DV-B', 8, 10, textColor=colors.HexColor('#6a1b4d'))
    st_h = S('h', 'DVS-B', 19, 23, textColor=colors.HexColor('#2b0f20'))
    st_chapo = S('chapo', 'DVS-I', 9.5, 13, textColor=colors.HexColor('#333333'))
    st_qn = S('qn', 'DV-B', 9, 11.5, textColor=colors.HexColor('#6a1b4d'))
    st_opt = S('opt', 'DV', 8.6, 11.2, leftIndent=10)
    st_small = S('sm', 'DV-I', 7.5, 9.8, textColor=colors.HexColor('#555555'))

    def qbox(i):
        q, opts = QUIZ[i]
        flows = [P('Question %d' % (i + 1), st_qn), P(q, S('qq', 'DV-B', 8.8, 11.5)), Spacer(1, 2)]
        for letter, o in zip('abc', opts):
            flows.append(P('☐ %s) %s' % (letter, o), st_opt))
        t = Table([[flows]], colWidths=[colw])
        t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#d4a5c2')),
                               ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fbf3f8')),
                               ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
        return [t, Spacer(1, 9)]

    story = [P('JEU · TESTEZ-VOUS', st_kick), Spacer(1, 3),
             P('Êtes-vous incollable sur les alliances d’intérêt général ?', st_h), Spacer(1, 5),
             P('Associations, entreprises, collectivités, fondations : tout le monde parle de « faire '
               'alliance ». Mais qui mesure quoi, depuis quand, avec quels moyens ? Douze questions pour '
               'vérifier vos connaissances. Cochez une seule case par question, puis comptez vos points '
               'avec la grille de la page 19. Le corrigé détaillé vous attend page 20 — pas de triche !',
               st_chapo), FrameBreak()]
    for i in range(0, 4):
        story += qbox(i)
    story.append(FrameBreak())
    for i in range(4, 8):
        story += qbox(i)
    story.append(NextPageTemplate('p2'))
    story.append(PageBreak())
    for i in range(8, 10):
        story += qbox(i)
    story.append(FrameBreak())
    for i in range(10, 12):
        story += qbox(i)
    story.append(Spacer(1, 6))
    story.append(P('<b>Bonus (hors barème).</b> Citez une alliance entre une association et une entreprise près '
                   'de chez vous et envoyez-la à la rédaction : les plus inspirantes seront publiées dans le '
                   'prochain numéro.', S('bonus', 'DV', 8.2, 11, textColor=colors.HexColor('#333333'))))
    story.append(FrameBreak())
    story.append(P('JEU N° 2 · CHERCHEZ L’INTRUS', st_kick))
    story.append(P('Dans chaque ligne, un élément n’a rien à faire avec les autres. Lequel ? (solutions page 20)',
                   st_small))
    story.append(Spacer(1, 3))
    st_in = S('intr', 'DV', 8.6, 11.5)
    intr = Table([[P('<b>A</b>', st_in), P('ARPEA · PHARE · IMPACT · M.E.D.O.C.', st_in)],
                  [P('<b>B</b>', st_in), P('Caisse des Dépôts · Groupe La Poste · Fondation TOTAL · Comité 21', st_in)],
                  [P('<b>C</b>', st_in), P('Citoyens · Entreprises · Associations · Fondations', st_in)]],
                 colWidths=[0.8 * cm, doc.width - 0.8 * cm])
    intr.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#d4a5c2')),
                              ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    story.append(intr)
    story.append(Spacer(1, 10))
    grid = Table([
        [P('<b>Votre score</b>', S('g0', 'DV', 8.5, 11)), P('<b>Verdict</b>', S('g1', 'DV', 8.5, 11))],
        [P('0 à 4 bonnes réponses', S('g2', 'DV', 8, 10)),
         P('Curieux ou curieuse : le corrigé page 20 est fait pour vous.', S('g3', 'DV', 8, 10))],
        [P('5 à 9 bonnes réponses', S('g4', 'DV', 8, 10)),
         P('Allié·e en devenir : vous connaissez les grandes lignes.', S('g5', 'DV', 8, 10))],
        [P('10 à 12 bonnes réponses', S('g6', 'DV', 8, 10)),
         P('Catalyseur confirmé ! Proposez ce quiz à votre CA.', S('g7', 'DV', 8, 10))]],
        colWidths=[4.5 * cm, doc.width - 4.5 * cm])
    grid.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#d4a5c2')),
                              ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f3d9e8')),
                              ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    story.append(grid)
    story.append(Spacer(1, 8))
    key = '  ·  '.join('%d %s' % (i + 1, k) for i, k in enumerate(QUIZ_KEY))
    story.append(Upside(doc.width, [('DV', 8, key), ('DV-B', 8, 'CORRIGÉ EXPRESS (retournez le magazine)')]))
    story.append(NextPageTemplate('p3'))
    story.append(PageBreak())
    story.append(P('JEU · LE CORRIGÉ', st_kick))
    story.append(P('Corrigé détaillé du quiz', S('h3', 'DVS-B', 16, 20, textColor=colors.HexColor('#2b0f20'))))
    story.append(Spacer(1, 6))
    rows = [[P('<b>N°</b>', S('c0', 'DV', 8, 10)), P('<b>Rép.</b>', S('c1', 'DV', 8, 10)),
             P('<b>Pour en savoir plus</b>', S('c2', 'DV', 8, 10))]]
    st_cell = S('cell', 'DV', 8.2, 10.8)
    for i, (k, e) in enumerate(zip(QUIZ_KEY, QUIZ_EXPL)):
        rows.append([P('%d' % (i + 1), S('cn', 'DV-B', 10, 12, textColor=colors.HexColor('#6a1b4d'),
                                         alignment=TA_CENTER)),
                     P('%s)' % k, S('ck', 'DV-B', 10, 12, alignment=TA_CENTER)), P(e, st_cell)])
    t = Table(rows, colWidths=[1.0 * cm, 1.7 * cm, doc.width - 2.7 * cm], repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#d4a5c2')),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f3d9e8')),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#fbf3f8')])]))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(P('Jeu n° 2 · solutions', S('h4', 'DVS-B', 12, 15, textColor=colors.HexColor('#2b0f20'))))
    story.append(Spacer(1, 3))
    sol = Table([[P('<b>A</b>', st_cell), P('<b>M.E.D.O.C.</b> : c’est la boîte à outils de la plateforme odd17.org, '
                                           'pas un programme d’études comme les trois autres.', st_cell)],
                 [P('<b>B</b>', st_cell), P('<b>Comité 21</b> : il n’est pas partenaire du programme IMPACT, mené '
                                           'avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La '
                                           'Poste, la Fondation TOTAL et Le RAMEAU.', st_cell)],
                 [P('<b>C</b>', st_cell), P('<b>Fondations</b> : les volets de PHARE portaient sur les citoyens, les '
                                           'entreprises, les associations… et les institutions.', st_cell)]],
                colWidths=[1.0 * cm, doc.width - 1.0 * cm])
    sol.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#d4a5c2')),
                             ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story.append(sol)
    story.append(Spacer(1, 8))
    story.append(P('Sources : publications de l’Observatoire des partenariats et du RAMEAU. Quiz conçu par la '
                   'rédaction ; les mauvaises réponses proposées sont volontairement plausibles et ne doivent '
                   'pas être citées. © Le Mag des Alliances — directeur de la publication : la présidence de '
                   'l’association éditrice.', st_small))
    doc.build(story)
    return fn


# ---------------------------------------------------------------------------------------------
# 03 — Carte mentale dessinee puis transcrite en listes imbriquees
# ---------------------------------------------------------------------------------------------
def _wrap(text, font, size, width):
    words = fr(text).split(' ')
    lines, cur = [], ''
    for w in words:
        tryl = (cur + ' ' + w).strip()
        if pdfmetrics.stringWidth(tryl, font, size) <= width:
            cur = tryl
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _node(c, x, y, w, title, lines, fill, stroke, size=7.2):
    """Boite de la carte : (x, y) = coin haut-gauche ; retourne la hauteur."""
    body = []
    for ln in lines:
        body += _wrap(ln, 'DVC', size, w - 10)
    tl = _wrap(title, 'DVC-B', size + 1, w - 10)
    h = 6 + len(tl) * (size + 3) + len(body) * (size + 2) + 5
    c.setFillColor(fill)
    c.setStrokeColor(stroke)
    c.setLineWidth(0.9)
    c.roundRect(x, y - h, w, h, 6, stroke=1, fill=1)
    yy = y - 6 - size
    c.setFillColor(colors.black)
    for t in tl:
        c.setFont('DVC-B', size + 1)
        c.drawString(x + 5, yy, t)
        yy -= size + 3
    for t in body:
        c.setFont('DVC', size)
        c.drawString(x + 5, yy, t)
        yy -= size + 2
    return h


class MindMap(Flowable):
    def __init__(self, w, h):
        Flowable.__init__(self)
        self.width, self.height = w, h

    def draw(self):
        c = self.canv
        W, H = self.width, self.height
        cx, cy = W / 2, H / 2 + 0.3 * cm
        col = {'arpea': ('#fdf0d5', '#c98a00'), 'phare': ('#e3f1e0', '#3e8e41'),
               'impact': ('#e1ecf7', '#2e6da4'), 'relais': ('#f3e5f5', '#8e44ad')}
        boxes = [
            # (cle, x, y_top, largeur, titre, lignes, point d'ancrage)
            ('arpea', 0.2 * cm, H - 0.2 * cm, 7.6 * cm, 'ARPEA · 2008-2012',
             ['« Analyser les Relations Partenariales entre Entreprises et Associations »', '10 volets',
              'rapport quinquennal : 11 décembre 2012']),
            ('arpea', 0.2 * cm, H - 3.3 * cm, 6.2 * cm, 'Et après ?',
             ['la ministre Valérie Fourneyron demande un état des lieux', 'rapport publié début 2014']),
            ('phare', W - 8.6 * cm, H - 0.2 * cm, 8.4 * cm, 'PHARE · 2013-2018 · 6 volets',
             ['Citoyens sept. 2015 · Entreprises oct. 2015 · Associations nov. 2015',
              '13 rapports régionaux 2016 · diagnostics sectoriels juillet 2016', 'Institutions automne 2016']),
            ('phare', W - 7.4 * cm, H - 3.6 * cm, 7.2 * cm, 'Zoom PHARE-Institutions',
             ['publié le 29 novembre 2016', '5 profils de maires']),
            ('impact', 0.2 * cm, 5.4 * cm, 8.0 * cm, 'IMPACT · 2018-2022',
             ['lancé en novembre 2017', 'avec Caisse des Dépôts, Institut CDC pour la Recherche, Groupe La Poste, '
              'Fondation TOTAL, Le RAMEAU', '3 axes : innovation · performance · confiance']),
            ('impact', 0.2 * cm, 2.0 * cm, 7.0 * cm, 'Études IMPACT',
             ['Fondations & Territoires : 42 fondations', 'Elus locaux (nov. 2020) → fiche-repère']),
            ('relais', W - 8.2 * cm, 5.0 * cm, 8.0 * cm, 'Relais · un mois de novembre',
             ['15 nov. · dossier JURIS Associations n° 628', '23 nov. · 3e dîner « Elus & Entreprises »',
              '26 nov. · 11e rapport régional : Normandie', '26 nov. · 5e webinaire « l’ODD 17 en pratique »']),
        ]
        # liens (dessines avant les boites)
        c.setStrokeColor(colors.HexColor('#999999'))
        c.setLineWidth(1.2)
        links = [((cx, cy), (7.8 * cm, H - 1.2 * cm)), ((cx, cy), (W - 8.6 * cm, H - 1.2 * cm)),
                 ((cx, cy), (8.2 * cm, 4.6 * cm)), ((cx, cy), (W - 8.2 * cm, 4.2 * cm)),
                 ((2.0 * cm, H - 2.5 * cm), (2.0 * cm, H - 3.3 * cm)),
                 ((W - 2.0 * cm, H - 2.6 * cm), (W - 2.0 * cm, H - 3.6 * cm)),
                 ((2.0 * cm, 3.0 * cm), (2.0 * cm, 2.0 * cm))]
        for (a, b) in links:
            c.line(a[0], a[1], b[0], b[1])
        for (k, x, y, w, t, lines) in boxes:
            f, s = col[k]
            _node(c, x, y, w, t, lines, colors.HexColor(f), colors.HexColor(s))
        # noeud central
        c.setFillColor(colors.HexColor('#263238'))
        c.ellipse(cx - 3.6 * cm, cy - 1.0 * cm, cx + 3.6 * cm, cy + 1.0 * cm, fill=1, stroke=0)
        dstr(c, cx, cy + 0.15 * cm, 'Observatoire des partenariats', font='DV-B', size=10.5,
             color=colors.white, align='center')
        dstr(c, cx, cy - 0.4 * cm, 'trois programmes quinquennaux', font='DV-I', size=8,
             color=colors.HexColor('#cfd8dc'), align='center')
        # post-it
        c.setFillColor(colors.HexColor('#fff59d'))
        c.rect(W / 2 - 2.2 * cm, 0.1 * cm, 4.4 * cm, 1.5 * cm, fill=1, stroke=0)
        dstr(c, W / 2, 1.1 * cm, 'post-it du groupe 2 :', font='DV-I', size=7, align='center')
        dstr(c, W / 2, 0.6 * cm, '« et la suite après 2022 ? »', font='DV-I', size=7, align='center')


def doc_carte(out):
    fn = os.path.join(out, 'obs-s76-03-carte-mentale-programmes.pdf')
    L = landscape(A4)
    doc = BaseDocTemplate(fn, pagesize=L, leftMargin=1.3 * cm, rightMargin=1.3 * cm, topMargin=2.2 * cm,
                          bottomMargin=1.6 * cm)
    meta(doc, 'Carte mentale : les programmes de l’Observatoire des partenariats',
         'Réseau Alliances & Territoires Bourgogne-Franche-Comté',
         'Support d’atelier « Cartographier nos savoirs », planche 4 et transcription')
    printed = {1: 'Planche 4', 2: 'Planche 4 · transcription (a)', 3: 'Planche 4 · transcription (b)'}

    def deco(c, d):
        c.saveState()
        pw, ph = c._pagesize
        pg = c.getPageNumber()
        dstr(c, 1.3 * cm, ph - 1.1 * cm, 'ATELIER « CARTOGRAPHIER NOS SAVOIRS »', font='DV-B', size=9,
             color=colors.HexColor('#263238'))
        dstr(c, pw - 1.3 * cm, ph - 1.1 * cm, 'Réseau Alliances & Territoires · Bourgogne-Franche-Comté',
             font='DV-I', size=7.5, color=colors.grey, align='right')
        c.setStrokeColor(colors.HexColor('#263238'))
        c.setLineWidth(1.5)
        c.line(1.3 * cm, ph - 1.35 * cm, pw - 1.3 * cm, ph - 1.35 * cm)
        dstr(c, 1.3 * cm, 0.8 * cm, 'Support d’animation – diffusion interne aux participants – '
             'reseau-alliances-bfc.example/ateliers', size=6.5, color=colors.grey)
        dstr(c, pw - 1.3 * cm, 0.8 * cm, printed[pg], font='DV-B', size=7.5, color=colors.HexColor('#263238'),
             align='right')
        c.restoreState()

    P_ = A4
    pm = 1.6 * cm
    doc.addPageTemplates([
        PageTemplate('map', [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='m')],
                     onPage=deco, pagesize=L),
        PageTemplate('txt', [Frame(pm, 1.6 * cm, P_[0] - 2 * pm, P_[1] - 3.8 * cm, id='t')], onPage=deco,
                     pagesize=P_)])

    st_h = S('h', 'DV-B', 13, 16, textColor=colors.HexColor('#263238'))
    st_i = S('i', 'DV-I', 8, 10.5, textColor=colors.HexColor('#555555'))
    lv = [S('l0', 'DV-B', 10, 13.5, leftIndent=14, bulletIndent=0, spaceBefore=6,
            textColor=colors.HexColor('#263238')),
          S('l1', 'DV', 9, 12, leftIndent=34, bulletIndent=20, spaceBefore=2),
          S('l2', 'DV', 8.6, 11.4, leftIndent=54, bulletIndent=40),
          S('l3', 'DV-I', 8.2, 10.8, leftIndent=74, bulletIndent=60, textColor=colors.HexColor('#333333'))]
    bullets = ['■', '▸', '–', '·']

    def item(level, text, bullet=None):
        b = bullet if bullet is not None else bullets[level]
        return Paragraph(fr(text), lv[level], bulletText=b)

    st_lg = S('lg', 'DV', 8, 10.5)
    legend = Table([[P('<b>Couleur</b>', st_lg), P('<b>Branche</b>', st_lg), P('<b>Ce qu’on y trouve</b>', st_lg)],
                    ['', P('ARPEA', st_lg), P('1er programme, son nom développé et ses suites', st_lg)],
                    ['', P('PHARE', st_lg), P('2e programme et ses six volets', st_lg)],
                    ['', P('IMPACT', st_lg), P('3e programme, partenaires, axes et études', st_lg)],
                    ['', P('Relais', st_lg), P('temps forts d’un même mois de novembre', st_lg)]],
                   colWidths=[1.8 * cm, 2.6 * cm, 9.5 * cm])
    legend.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#b0bec5')),
                                ('BACKGROUND', (0, 1), (0, 1), colors.HexColor('#fdf0d5')),
                                ('BACKGROUND', (0, 2), (0, 2), colors.HexColor('#e3f1e0')),
                                ('BACKGROUND', (0, 3), (0, 3), colors.HexColor('#e1ecf7')),
                                ('BACKGROUND', (0, 4), (0, 4), colors.HexColor('#f3e5f5'))]))
    legend.hAlign = 'LEFT'
    story = [P('Les programmes de l’Observatoire des partenariats, en une carte', st_h),
             P('Carte construite en direct par les participants, puis relue par l’équipe d’animation. '
               'Lire du centre vers l’extérieur ; les couleurs correspondent aux programmes.', st_i),
             MindMap(landscape(A4)[0] - 2.6 * cm, landscape(A4)[1] - 3.8 * cm - 1.6 * cm),
             NextPageTemplate('txt'), PageBreak()]
    story += [P('Transcription de la planche 4 (version texte)', st_h),
              P('Pour les lecteurs d’écran et pour l’impression en noir et blanc. Chaque branche de la carte '
                'devient une liste ; les sous-branches sont indentées. Les remarques des groupes sont en '
                'italique.', st_i), Spacer(1, 6)]
    story += [
        item(0, 'Branche 1 — ARPEA (2008-2012)', '1'),
        item(1, 'Premier programme quinquennal de l’Observatoire.'),
        item(1, 'Nom développé :'),
        item(2, '« Analyser les Relations Partenariales entre Entreprises et Associations »'),
        item(1, 'Organisation : 10 volets d’étude.'),
        item(1, 'Aboutissement :'),
        item(2, 'rapport quinquennal présenté le 11 décembre 2012 ;'),
        item(2, 'dans la foulée, commande ministérielle :'),
        item(3, 'Valérie Fourneyron, alors ministre, demande un état des lieux des partenariats entre '
                'associations et entreprises ;'),
        item(3, 'ce rapport est publié au début de 2014.'),
        item(0, 'Branche 2 — PHARE (2013-2018)', '2'),
        item(1, 'Deuxième programme ; il se déroule en six volets successifs :'),
        item(2, 'volet Citoyens — septembre 2015 ;'),
        item(3, 'remarque du groupe 1 : dans la presse, la sécurité obtient une note de 7/10 chez les '
                'citoyens interrogés ;'),
        item(2, 'volet Entreprises — octobre 2015 ;'),
        item(2, 'volet Associations — novembre 2015 ;'),
        item(2, '13 rapports régionaux — courant 2016 ;'),
        item(2, 'diagnostics sectoriels — juillet 2016 ;'),
        item(2, 'volet Institutions — automne 2016 :'),
        item(3, 'PHARE-Institutions paraît le 29 novembre 2016 ;'),
        item(3, 'il dégage une typologie en 5 profils de maires.'),
        Spacer(1, 14),
        P('Légende de la carte', S('lgh', 'DV-B', 9.5, 12, textColor=colors.HexColor('#263238'))),
        Spacer(1, 3),
        legend,
        Spacer(1, 10),
        P('Suite de la transcription (branches 3 et 4) au verso.', st_i),
        PageBreak(),
    ]
    story += [
        item(0, 'Branche 3 — IMPACT (2018-2022)', '3'),
        item(1, 'Troisième programme, lancé dès novembre 2017.'),
        item(1, 'Conduit avec :'),
        item(2, 'la Caisse des Dépôts et l’Institut CDC pour la Recherche ;'),
        item(2, 'le Groupe La Poste ;'),
        item(2, 'la Fondation TOTAL ;'),
        item(2, 'Le RAMEAU.'),
        item(1, 'Trois axes de mesure :'),
        item(2, 'innovation sociétale et territoriale ;'),
        item(2, 'performance des organisations ;'),
        item(2, 'confiance.'),
        item(1, 'Quelques productions :'),
        item(2, 'étude IMPACT Fondations & Territoires :'),
        item(3, 'publiée un 23 septembre ; 42 fondations interrogées ;'),
        item(2, 'étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay) :'),
        item(3, 'elle débouche sur la fiche-repère « Les dynamiques d’engagement des Collectivités '
                'territoriales » ;'),
        item(2, 'fiche acteur « Dynamique d’engagement des Fondations ».'),
        item(0, 'Branche 4 — Relais et temps forts (un même mois de novembre)', '4'),
        item(1, 'le 15 : dossier de la revue JURIS Associations (n° 628) ;'),
        item(1, 'le 23 : 3e dîner « Elus & Entreprises » ;'),
        item(1, 'le 26 :'),
        item(2, 'publication du 11e rapport régional, consacré à la Normandie ;'),
        item(2, '5e webinaire « l’ODD 17 en pratique ».'),
        Spacer(1, 10),
        Spacer(1, 12),
        P('Remarques des groupes', S('rgh', 'DV-B', 9.5, 12, textColor=colors.HexColor('#263238'))),
        item(1, 'Groupe 1 :'),
        item(2, 'les trois programmes se suivent sans trou, de 2008 à 2022 ;'),
        item(3, 'mais IMPACT démarre avant la fin de PHARE : à vérifier sur la planche 5.'),
        item(1, 'Groupe 2 :'),
        item(2, 'post-it non traité pendant l’atelier : « et la suite après 2022 ? » ;'),
        item(2, 'proposition : ajouter une branche « outils » (fiches-repères, fiches acteurs).'),
        item(1, 'Groupe 3 :'),
        item(2, 'la branche « Relais » mélange publications et événements ;'),
        item(3, 'la séparer en deux lors de la prochaine version de la carte.'),
        Spacer(1, 10),
        P('Prochaine séance : planche 5, les outils de co-construction. Merci de rapporter vos post-it.', st_i),
    ]
    doc.build(story)
    return fn


# ---------------------------------------------------------------------------------------------
# 04 — Rapport avec encadres « A retenir » et marges annotees
# ---------------------------------------------------------------------------------------------
def doc_dossier(out):
    fn = os.path.join(out, 'obs-s76-04-dossier-associations-partenaires.pdf')
    W, H = A4
    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=1.4 * cm, rightMargin=1.6 * cm, topMargin=2.3 * cm,
                          bottomMargin=2.0 * cm)
    meta(doc, 'Associations et partenaires : où en est-on ?',
         'Carrefour régional de la vie associative – Pays de la Loire',
         'Dossier d’étude, pages 12 à 14')

    def deco(c, d):
        c.saveState()
        pg = c.getPageNumber()
        dstr(c, 1.4 * cm, H - 1.2 * cm, 'CRVA', font='DVS-B', size=14, color=colors.HexColor('#00695c'))
        dstr(c, 3.2 * cm, H - 1.2 * cm, 'Carrefour régional de la vie associative · Pays de la Loire', font='DV',
             size=7.5, color=colors.HexColor('#00695c'))
        dstr(c, W - 1.6 * cm, H - 1.2 * cm, 'DOSSIER D’ÉTUDE · Associations et partenaires', font='DV-B', size=7.5,
             color=colors.grey, align='right')
        c.setStrokeColor(colors.HexColor('#00695c'))
        c.setLineWidth(0.8)
        c.line(1.4 * cm, H - 1.45 * cm, W - 1.6 * cm, H - 1.45 * cm)
        # filet de la colonne de marge
        c.setStrokeColor(colors.HexColor('#cccccc'))
        c.setDash(1, 2)
        c.line(1.4 * cm + 4.1 * cm, 2.0 * cm, 1.4 * cm + 4.1 * cm, H - 2.3 * cm)
        c.setDash()
        dstr(c, W - 1.6 * cm, 1.0 * cm, '%d' % (11 + pg), font='DV-B', size=9, color=colors.HexColor('#00695c'),
             align='right')
        dstr(c, 1.4 * cm, 1.0 * cm, 'CRVA – dossier d’étude – crva-pdl.example – tous droits réservés, '
             'reproduction autorisée avec mention de la source', size=6.5, color=colors.grey)
        c.restoreState()

    doc.addPageTemplates([PageTemplate('d', [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                                                   id='body')], onPage=deco)])
    mw = 4.1 * cm
    bw = doc.width - mw
    st_body = S('body', 'DVS', 9.4, 13.4, alignment=TA_JUSTIFY)
    st_h1 = S('h1', 'DV-B', 17, 20, textColor=colors.HexColor('#004d40'))
    st_h2 = S('h2', 'DV-B', 11, 14, textColor=colors.HexColor('#00695c'), spaceBefore=4)
    st_marg = S('marg', 'DVC-I', 7.4, 9.6, textColor=colors.HexColor('#8d3b00'))
    st_box = S('box', 'DV', 8.6, 11.8)
    st_boxh = S('boxh', 'DV-B', 9.5, 12, textColor=colors.HexColor('#004d40'))
    st_cap = S('cap', 'DV-I', 7.5, 9.5, textColor=colors.HexColor('#555555'))

    def row(margin, body):
        m = [P(x, st_marg) for x in margin] if margin else ''
        b = [P(x, st_body) if isinstance(x, str) else x for x in body]
        t = Table([[m, b]], colWidths=[mw, bw])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('LEFTPADDING', (0, 0), (0, 0), 0), ('RIGHTPADDING', (0, 0), (0, 0), 10),
                               ('LEFTPADDING', (1, 0), (1, 0), 10),
                               ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
        return t

    def retenir(points):
        flows = [P('À RETENIR', st_boxh)] + [Paragraph(fr(p), st_box, bulletText='✔') for p in points]
        t = Table([[flows]], colWidths=[bw - 10])
        t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.4, colors.HexColor('#00897b')),
                               ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e0f2f1')),
                               ('LEFTPADDING', (0, 0), (-1, -1), 10), ('TOPPADDING', (0, 0), (-1, -1), 6),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
        return t

    def small_table(data, widths):
        t = Table([[fr(x) for x in r] for r in data], colWidths=widths)
        t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8.2), ('FONT', (0, 0), (-1, 0), 'DV-B', 8.2),
                               ('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.HexColor('#00695c')),
                               ('LINEBELOW', (0, 1), (-1, -1), 0.25, colors.HexColor('#bbbbbb')),
                               ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                               ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]))
        t.hAlign = 'LEFT'
        return t

    story = [row(['Dossier préparé pour la journée régionale des bénévoles. Notes manuscrites de '
                  'relecture reportées en marge.'],
                 [P('Partie 2', st_h2), P('Associations et partenaires : où en est-on ?', st_h1)]),
             Spacer(1, 4),
             row(['→ Programme IMPACT, volet « Associations & Territoires ».',
                  'NB : l’Observatoire a été créé en 2008 par Le RAMEAU en partenariat avec la Caisse des '
                  'Dépôts.'],
                 [P('2.1 Des partenariats devenus la règle', st_h2),
                  'Le volet « Associations & Territoires » du programme IMPACT porte sur les 148 000 '
                  'associations employeuses. Parmi elles, 98 % déclarent au moins un partenariat : '
                  'l’association isolée est devenue l’exception. La question n’est donc plus de savoir s’il '
                  'faut s’allier, mais avec qui et à quelle échelle.']),
             row(['Lecture : 89 % des associations employeuses ont un partenariat avec une collectivité.',
                  'vérifier si « académiques » = universités + écoles ?'],
                 [small_table([['Type de partenaire', 'Part des associations employeuses'],
                               ['Collectivités', '89 %'],
                               ['Structures d’intérêt général', '73 %'],
                               ['Établissements scolaires', '70 %'],
                               ['Collectifs d’associations', '56 %'],
                               ['Acteurs publics nationaux', '52 %'],
                               ['Fédérations professionnelles', '37 %'],
                               ['Acteurs académiques', '35 %']], [6.5 * cm, 5.2 * cm]),
                  P('Tableau 3 – Avec qui les associations employeuses travaillent-elles ? '
                    '(plusieurs réponses possibles)', st_cap)]),
             row(['Échelle : proximité d’abord.'],
                 ['Ces alliances restent d’abord de proximité : 73 % se nouent à l’échelle locale, 47 % à '
                  'l’échelle régionale. Une même association cumule souvent les deux.']),
             row(['cf. rapport ARPEA (« Analyse des Relations et des Partenariats entre Entreprises et '
                  'Associations »), 1er programme'],
                 [retenir(['Presque toutes les associations employeuses (98 %) ont des partenaires.',
                           'Les collectivités arrivent largement en tête (89 %).',
                           'Le local (73 %) l’emporte sur le régional (47 %).'])]),
             Spacer(1, 6),
             row(['Témoignage recueilli lors de la journée de Laval.'],
                 [P('Sur le terrain', st_h2),
                  'Une association d’aide aux devoirs de la Mayenne résume ainsi son parcours : « Au début, '
                  'on n’avait que la mairie. Puis le collège nous a ouvert ses salles, une fédération sportive '
                  'nous a prêté du matériel, et une entreprise du bâtiment finance aujourd’hui une partie de '
                  'nos sorties. Sans qu’on s’en rende compte, on est devenus une petite plateforme. »',
                  'Ce récit est typique : les partenariats s’empilent souvent par opportunité, sans stratégie '
                  'écrite. D’où l’intérêt de les recenser, ne serait-ce que pour les présenter à son conseil '
                  'd’administration.']),
             PageBreak()]

    story += [
        row(['→ toujours IMPACT Associations & Territoires', 'mettre en regard avec la p. 14 (taille '
                                                            'du budget)'],
            [P('2.2 Quatre façons de faire alliance', st_h2),
             'Les partenariats ne se limitent pas au chèque. L’enquête distingue quatre grandes formes, '
             'qui se combinent souvent au sein d’une même association :',
             small_table([['Forme de partenariat', 'Part des associations'],
                          ['Mécénat', '75 %'],
                          ['Innovation sociétale', '73 %'],
                          ['Pratiques responsables', '70 %'],
                          ['Coopération économique', '58 %']], [6.5 * cm, 5.2 * cm]),
             P('Tableau 4 – Les modes de partenariat déclarés', st_cap)]),
        row(['PHARE : 2013-2017 (2e programme)', 'Attention : 74 % ≠ 89 % p. 12 — ce n’est ni la même '
                                                 'enquête, ni le même champ !'],
            [P('2.3 Un regard plus ancien : l’enquête « Associations & Partenariats »', st_h2),
             'Publiée en mars 2017 par Recherches & Solidarités avec Le RAMEAU, cette enquête repose sur '
             'les réponses de plus de 1 380 responsables associatifs, recueillies en mai et juin 2016. '
             'Une association y compte en moyenne 2,5 partenaires.',
             'Le palmarès des partenaires cités : les collectivités (74 %), les autres associations ou '
             'fondations (72 %), l’enseignement (47 %), les entreprises (28 %), les structures '
             'd’insertion (22 %) et la recherche (9 %).']),
        row(['2,5 = moyenne, pas médiane'],
            [retenir(['En moyenne 2,5 partenaires par association (enquête publiée en mars 2017).',
                      'Les entreprises ne viennent qu’en quatrième position (28 %).',
                      'Ne pas additionner ces chiffres avec ceux d’IMPACT : périmètres différents.'])]),
        Spacer(1, 6),
        row(['à reprendre dans la lettre aux adhérents ?'],
            [P('Ce que cela change pour nos adhérents', st_h2),
             'Pour une association de notre réseau, la leçon est double. D’abord, la collectivité reste le '
             'partenaire naturel : c’est vers elle qu’il faut se tourner en premier. Ensuite, l’entreprise '
             'n’est pas un partenaire hors de portée, mais elle demande une préparation : un projet clair, un '
             'interlocuteur identifié, une façon de rendre compte.',
             'Le CRVA propose pour cela un accompagnement individuel d’une demi-journée, sur rendez-vous.']),
        PageBreak()]

    story += [
        row(['Seuils de budget annuel.', '?? demander à R&amp;S la tranche intermédiaire'],
            [P('2.4 La taille compte', st_h2),
             'Avoir un partenaire privé dépend fortement des moyens : la moitié (50 %) des associations '
             'dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, contre une sur cinq '
             '(20 %) parmi celles qui disposent de moins de 10 000 €.']),
        row(['Note de l’Observatoire datée du 29 février 2016 (année bissextile, la date est bonne).'],
            [P('2.5 Qui s’engage, côté entreprises et associations ?', st_h2),
             'Une note de l’Observatoire publiée le 29 février 2016 estime que 37 % des entreprises d’au '
             'moins 10 salariés sont engagées dans un partenariat. Côté associations, la proportion est '
             'de 38 %, et monte à 53 % chez les associations employeuses. Parmi les « pionniers », elle '
             'atteint 65 %.',
             'Le tout premier programme de l’Observatoire avait déjà relevé que près de 46 % des '
             'associations étaient engagées avec une entreprise.']),
        row(['Synthèse de la partie 2.'],
            [retenir(['Plus le budget est élevé, plus le partenariat d’entreprise est fréquent '
                      '(50 % contre 20 %).',
                      'Note du 29 février 2016 : 37 % des entreprises de 10 salariés et plus, 38 % des '
                      'associations (53 % des employeuses).',
                      'Pour aller plus loin : les publications de l’Observatoire des partenariats.'])]),
        Spacer(1, 6),
        row(['Questions préparées par le groupe de travail.'],
            [P('Questions pour le débat', st_h2),
             Paragraph(fr('Faut-il viser une entreprise quand on est une petite association ?'), st_body,
                       bulletText='1.'),
             Paragraph(fr('Comment présenter un partenariat à son conseil d’administration ?'), st_body,
                       bulletText='2.'),
             Paragraph(fr('Quelles règles se donner pour rester indépendant vis-à-vis d’un partenaire ?'),
                       st_body, bulletText='3.')]),
        Spacer(1, 10),
        row([], [P('Pour citer ce dossier : CRVA Pays de la Loire, « Associations et partenaires : où en '
                   'est-on ? », dossier d’étude, partie 2, p. 12-14. Les chiffres cités proviennent des '
                   'publications de l’Observatoire des partenariats et de ses partenaires ; les annotations '
                   'en marge sont des notes de relecture internes.', st_cap)]),
    ]
    doc.build(story)
    return fn


# ---------------------------------------------------------------------------------------------
# 05 — Bilan chiffre en tableaux a cellules fusionnees
# ---------------------------------------------------------------------------------------------
def doc_bilan(out):
    fn = os.path.join(out, 'obs-s76-05-bilan-chiffre-alliances.pdf')
    L = landscape(A4)
    W, H = L
    doc = BaseDocTemplate(fn, pagesize=L, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=2.4 * cm,
                          bottomMargin=1.8 * cm)
    meta(doc, 'Baromètre des alliances – bilan chiffré', 'Conseil de développement du Pays de Flandre intérieure',
         'Cahier statistique, pages 31 à 33')

    def deco(c, d):
        c.saveState()
        pg = c.getPageNumber()
        c.setFillColor(colors.HexColor('#0d3b66'))
        c.rect(0, H - 1.6 * cm, 0.9 * cm, 1.6 * cm, fill=1, stroke=0)
        dstr(c, 1.5 * cm, H - 1.05 * cm, 'BAROMÈTRE DES ALLIANCES · BILAN CHIFFRÉ', font='DV-B', size=10,
             color=colors.HexColor('#0d3b66'))
        dstr(c, W - 1.5 * cm, H - 1.05 * cm, 'Conseil de développement · Pays de Flandre intérieure', font='DV',
             size=7.5, color=colors.grey, align='right')
        c.setStrokeColor(colors.HexColor('#f4a259'))
        c.setLineWidth(2)
        c.line(1.5 * cm, H - 1.35 * cm, W - 1.5 * cm, H - 1.35 * cm)
        dstr(c, 1.5 * cm, 0.9 * cm, 'Cahier statistique – document de travail du Conseil de développement – '
             'cd-flandre.example – données publiques citées avec leur source', size=6.5, color=colors.grey)
        dstr(c, W - 1.5 * cm, 0.9 * cm, 'p. %d' % (30 + pg), font='DV-B', size=8.5,
             color=colors.HexColor('#0d3b66'), align='right')
        c.restoreState()

    doc.addPageTemplates([PageTemplate('b', [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                                                   id='body')], onPage=deco)])
    st_h = S('h', 'DV-B', 12, 15, textColor=colors.HexColor('#0d3b66'), spaceAfter=3)
    st_t = S('t', 'DV', 8.6, 11.2)
    st_tc = S('tc', 'DV', 8.6, 11.2, alignment=TA_CENTER)
    st_tb = S('tb', 'DV-B', 8.6, 11.2, alignment=TA_CENTER, textColor=colors.white)
    st_tbl = S('tbl', 'DV-B', 8.6, 11.2, textColor=colors.white)
    st_big = S('big', 'DV-B', 15, 18, alignment=TA_CENTER, textColor=colors.HexColor('#0d3b66'))
    st_note = S('note', 'DV', 7.2, 9.4, textColor=colors.HexColor('#444444'))
    st_com = S('com', 'DVS', 9, 12.5, alignment=TA_JUSTIFY)

    def p(x, st=st_t):
        return P(x, st)

    base = [('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa9b8')),
            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]
    head = colors.HexColor('#0d3b66')
    sub = colors.HexColor('#dbe7f3')

    # Tableau 1
    t1 = [
        [p('Groupe', st_tbl), p('Public interrogé', st_tbl), p('Ce qu’ils en disent (en % des répondants)', st_tb),
         '', ''],
        ['', '', p('Les partenariats sont une source d’innovation ¹', st_tb),
         p('Rapport à l’alliance ²', st_tb), p('Co-construction utile pour sortir de la crise ³', st_tb)],
        [p('<b>Société civile</b>'), p('Français'), p('74 %', st_tc), p('81 % « devoir d’alliance »', st_tc),
         p('81 %', st_tc)],
        ['', p('Responsables associatifs'), p('86 %', st_tc), p('n. d.', st_tc), p('n. d.', st_tc)],
        [p('<b>Monde économique</b>'), p('Dirigeants d’entreprise'), p('81 %', st_tc),
         p('84 % « envie d’alliance »', st_tc), p('84 % (dirigeants de TPE &amp; PME)', st_tc)],
        [p('<b>Élus locaux</b>'), p('Maires'), p('87 %', st_tc), p('92 % « besoin d’alliance »', st_tc),
         p('92 % reconnaissent l’utilité de la co-construction ⁴', st_tc)],
    ]
    tb1 = Table(t1, colWidths=[3.6 * cm, 4.6 * cm, 5.4 * cm, 5.6 * cm, doc.width - 19.2 * cm], repeatRows=2)
    tb1.setStyle(TableStyle(base + [
        ('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1)), ('SPAN', (2, 0), (4, 0)), ('SPAN', (0, 2), (0, 3)),
        ('BACKGROUND', (0, 0), (-1, 1), head),
        ('BACKGROUND', (0, 2), (0, -1), sub)]))

    story = [P('1. Regards croisés : qui croit aux alliances ?', st_h),
             P('Le tableau rassemble, pour chaque public, les chiffres nationaux les plus souvent cités dans '
               'nos réunions. Les colonnes ne proviennent pas de la même enquête : on ne peut donc pas les '
               'comparer ligne à ligne, seulement repérer des ordres de grandeur.', st_com),
             Spacer(1, 6), tb1, Spacer(1, 5),
             P('¹ Programme IMPACT de l’Observatoire des partenariats. ² Chiffres mis en avant lors de la '
               'reconnaissance du droit de l’alliance d’intérêt général. ³ Données « jouer collectif en sortie '
               'de crise » (plus de 250 données inventoriées). ⁴ Chiffre présenté lors d’un dîner « Elus &amp; '
               'Entreprises ». n. d. : non disponible dans les sources consultées.', st_note),
             Spacer(1, 8),
             P('Commentaire du Conseil de développement : les maires sont partout les plus convaincus. '
               'C’est cohérent avec ce que nous entendons lors des conférences des maires du Pays : '
               'l’alliance est vécue comme une nécessité plus que comme une option.', st_com),
             Spacer(1, 6),
             P('Comment lire ce tableau ? Chaque cellule indique la part des répondants d’un public qui partage '
               'l’opinion de la colonne. Une case « n. d. » ne veut pas dire que le public n’a pas d’avis : '
               'simplement, aucune des sources consultées ne donne de chiffre pour lui. La première colonne '
               'regroupe les publics par grande famille d’acteurs ; une cellule fusionnée couvre toutes les '
               'lignes de la même famille.', st_com),
             Spacer(1, 6),
             P('Ce que nous en retenons pour le Pays : les chiffres nationaux plaident pour une instance de '
               'dialogue réunissant élus, entreprises et associations. Le Conseil de développement proposera '
               'une première rencontre au printemps.', st_com),
             PageBreak()]

    # Tableau 2 : maires (IMPACT) + Tableau 3 : enquete 2024 avec cellule verticale fusionnee
    t2 = [
        [p('Thème', st_tbl), p('Indicateur', st_tbl), p('Valeur', st_tb), p('Source', st_tbl)],
        [p('<b>Engagement du territoire</b>'), p('Maires estimant leur territoire engagé'), p('76 %', st_tc),
         p('Programme IMPACT')],
        ['', p('Maires qui ne savent pas comment piloter la dynamique'), p('46 %', st_tc), ''],
        [p('<b>Méthode</b>'), p('Élus locaux souhaitant s’appuyer sur le « jouer collectif »'), p('64 %', st_tc),
         p('Dîner « Elus &amp; Entreprises »')],
    ]
    tb2 = Table(t2, colWidths=[4.2 * cm, 10.5 * cm, 3.0 * cm, doc.width - 17.7 * cm])
    tb2.setStyle(TableStyle(base + [('SPAN', (0, 1), (0, 2)), ('SPAN', (3, 1), (3, 2)),
                                    ('BACKGROUND', (0, 0), (-1, 0), head),
                                    ('BACKGROUND', (0, 1), (0, -1), sub)]))

    t3 = [
        [p('IMPACTS &amp; TRAJECTOIRES – Elus locaux (novembre 2024)', st_tbl), '', '', ''],
        [p('<b>Fiche technique</b>'), p('302 maires interrogés par téléphone, du 30 septembre au 28 octobre '
                                        '2024. 84 % des répondants administrent une commune de moins de 2 000 '
                                        'habitants.'), '', ''],
        [p('<b>Votre territoire est-il en mouvement ?</b>'), p('Oui, fortement'), p('35 %', st_tc),
         p('91 %', st_big)],
        ['', p('Oui, ni plus ni moins qu’avant'), p('56 %', st_tc), ''],
        ['', p('Total « territoire en mouvement »'), p('→', st_tc), ''],
    ]
    tb3 = Table(t3, colWidths=[6.2 * cm, 10.0 * cm, 3.0 * cm, doc.width - 19.2 * cm])
    tb3.setStyle(TableStyle(base + [('SPAN', (0, 0), (-1, 0)), ('SPAN', (1, 1), (-1, 1)),
                                    ('SPAN', (0, 2), (0, 4)), ('SPAN', (3, 2), (3, 4)),
                                    ('BACKGROUND', (0, 0), (-1, 0), head),
                                    ('BACKGROUND', (0, 1), (0, -1), sub),
                                    ('BACKGROUND', (3, 2), (3, 4), colors.HexColor('#fdebd3'))]))
    story += [P('2. Le regard des maires', st_h), tb2, Spacer(1, 4),
              P('Lecture : 46 % des maires disent ne pas savoir comment piloter la dynamique de leur territoire.',
                st_note),
              Spacer(1, 12),
              P('3. La dernière vague : maires interrogés à l’automne 2024', st_h), tb3, Spacer(1, 4),
              P('La cellule de droite totalise les deux premières lignes (35 % + 56 %). Enquête téléphonique ; '
                'résultats nationaux, sans déclinaison pour notre Pays.', st_note),
              Spacer(1, 10),
              P('Commentaire : la très grande majorité des maires interrogés dirigent de petites communes, ce '
                'qui ressemble beaucoup au profil de notre Pays. Le sentiment d’un territoire « en mouvement » '
                'y domine, mais plus souvent sur le mode « ni plus ni moins qu’avant » que sur le mode '
                '« fortement ». Autrement dit : les choses bougent, sans emballement.', st_com),
              PageBreak()]

    # Tableau 4 : ARPEA 2008 / 2012
    t4 = [
        [p('Programme', st_tbl), p('Question posée aux Français', st_tbl), p('Vague', st_tb), '',
         p('Évolution', st_tb)],
        ['', '', p('2008', st_tb), p('2012', st_tb), ''],
        [p('<b>ARPEA</b> (1er programme, 2008-2012)'), p('Il est urgent de créer des partenariats entre '
                                                        'associations et entreprises'),
         p('86 %', st_tc), p('84 %', st_tc), p('– 2 points', st_tc)],
        ['', p('Volet ARPEA Citoyens : même conviction'), p('86 % (vague non précisée)', st_tc), '',
         p('—', st_tc)],
    ]
    tb4 = Table(t4, colWidths=[5.6 * cm, 10.4 * cm, 2.6 * cm, 2.6 * cm, doc.width - 21.2 * cm])
    tb4.setStyle(TableStyle(base + [('SPAN', (2, 0), (3, 0)), ('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1)),
                                    ('SPAN', (4, 0), (4, 1)), ('SPAN', (0, 2), (0, 3)), ('SPAN', (2, 3), (3, 3)),
                                    ('BACKGROUND', (0, 0), (-1, 1), head),
                                    ('BACKGROUND', (0, 2), (0, -1), sub)]))
    story += [P('4. Avant IMPACT : le temps long', st_h), tb4, Spacer(1, 8),
              P('Quatre ans d’écart, un même constat : une large majorité de Français juge les partenariats '
                'urgents. La légère baisse entre 2008 et 2012 reste dans l’épaisseur du trait.', st_com),
              Spacer(1, 14),
              P('Méthode et sources', st_h),
              P('Tous les chiffres de ce cahier sont repris des publications de l’Observatoire des partenariats '
                '(Le RAMEAU) et de leurs relais. Ils sont cités tels que publiés, sans retraitement. Aucun '
                'chiffre n’a été recalculé pour le Pays de Flandre intérieure. Les cellules fusionnées '
                'regroupent des lignes qui partagent la même source ou le même thème.', st_com),
              Spacer(1, 8),
              P('Conseil de développement du Pays de Flandre intérieure – instance consultative – '
                'directeur de la publication : le président du Conseil. Document de travail non contractuel.',
                st_note)]
    doc.build(story)
    return fn


# ---------------------------------------------------------------------------------------------
# 06 — Lettre d'information municipale
# ---------------------------------------------------------------------------------------------
class Photo(Flowable):
    def __init__(self, w, h, label):
        Flowable.__init__(self)
        self.width, self.height, self.label = w, h, label

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor('#d9d9d9'))
        c.rect(0, 0, self.width, self.height, fill=1, stroke=0)
        c.setStrokeColor(colors.HexColor('#bdbdbd'))
        c.line(0, 0, self.width, self.height)
        c.line(0, self.height, self.width, 0)
        dstr(c, self.width / 2, self.height / 2 - 3, self.label, font='DV-B', size=8,
             color=colors.HexColor('#757575'), align='center')


def doc_lettre(out):
    fn = os.path.join(out, 'obs-s76-06-lettre-municipale-champvert.pdf')
    W, H = A4
    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=1.4 * cm, rightMargin=1.4 * cm, topMargin=2.6 * cm,
                          bottomMargin=2.0 * cm)
    meta(doc, 'Champvert Infos n° 118 – Dossier : faire alliance, ici aussi', 'Ville de Champvert-sur-Marne',
         'Lettre d’information municipale, septembre-octobre 2022, pages 6 à 8')

    def deco(c, d):
        c.saveState()
        pg = c.getPageNumber()
        c.setFillColor(colors.HexColor('#2e7d32'))
        c.rect(0, H - 1.8 * cm, W, 1.8 * cm, fill=1, stroke=0)
        dstr(c, 1.4 * cm, H - 0.95 * cm, 'CHAMPVERT INFOS', font='DVS-B', size=16, color=colors.white)
        dstr(c, 1.4 * cm, H - 1.5 * cm, 'la lettre d’information de Champvert-sur-Marne', font='DVS-I', size=8,
             color=colors.HexColor('#c8e6c9'))
        dstr(c, W - 1.4 * cm, H - 1.05 * cm, 'n° 118 · septembre-octobre 2022', font='DV-B', size=8,
             color=colors.white, align='right')
        dstr(c, W - 1.4 * cm, H - 2.25 * cm, 'DOSSIER · VIE ASSOCIATIVE', font='DV-B', size=7.5,
             color=colors.HexColor('#2e7d32'), align='right')
        printed = 5 + pg
        dstr(c, W / 2, 0.9 * cm, '— %d —' % printed, font='DV-B', size=9, color=colors.HexColor('#2e7d32'),
             align='center')
        dstr(c, 1.4 * cm, 0.9 * cm, 'www.champvert-sur-marne.example', size=6.5, color=colors.grey)
        dstr(c, W - 1.4 * cm, 0.9 * cm, 'Champvert Infos n° 118', size=6.5, color=colors.grey, align='right')
        c.restoreState()

    gap = 0.6 * cm
    wide = (doc.width - gap) * 0.62
    narrow = doc.width - gap - wide
    top_h = 3.8 * cm
    f_top = Frame(doc.leftMargin, doc.bottomMargin + doc.height - top_h, doc.width, top_h, id='top')
    f_w = Frame(doc.leftMargin, doc.bottomMargin, wide, doc.height - top_h, id='w')
    f_n = Frame(doc.leftMargin + wide + gap, doc.bottomMargin, narrow, doc.height - top_h, id='n')
    f_w2 = Frame(doc.leftMargin + narrow + gap, doc.bottomMargin, wide, doc.height, id='w2')
    f_n2 = Frame(doc.leftMargin, doc.bottomMargin, narrow, doc.height, id='n2')
    f_full = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='full')
    doc.addPageTemplates([PageTemplate('a', [f_top, f_w, f_n], onPage=deco),
                          PageTemplate('b', [f_n2, f_w2], onPage=deco),
                          PageTemplate('c', [f_full], onPage=deco)])

    green = colors.HexColor('#2e7d32')
    st_kick = S('kick', 'DV-B', 8, 10, textColor=green)
    st_h1 = S('h1', 'DVS-B', 21, 25, textColor=colors.HexColor('#1b5e20'))
    st_chapo = S('chapo', 'DV-B', 9.5, 13, textColor=colors.HexColor('#333333'))
    st_body = S('body', 'DVS', 9.2, 13, alignment=TA_JUSTIFY)
    st_h2 = S('h2', 'DV-B', 10.5, 13.5, textColor=green, spaceBefore=6, spaceAfter=2)
    st_leg = S('leg', 'DV-I', 7.4, 9.4, textColor=colors.HexColor('#555555'))
    st_box = S('box', 'DV', 8.2, 11)
    st_boxh = S('boxh', 'DV-B', 9, 11.5, textColor=colors.white)

    def encadre(title, flows, w, bg='#e8f5e9', hd='#2e7d32'):
        t = Table([[P(title, st_boxh)], [[P(x, st_box) if isinstance(x, str) else x for x in flows]]],
                  colWidths=[w])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(hd)),
                               ('BACKGROUND', (0, 1), (-1, 1), colors.HexColor(bg)),
                               ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
        return t

    story = [P('DOSSIER', st_kick),
             P('Faire alliance, ça se passe aussi chez nous', st_h1), Spacer(1, 4),
             P('Associations, entreprises, collectivités : sur notre territoire de Paris-Est Marne &amp; Bois, '
               'on a longtemps travaillé chacun dans son coin. Depuis quelques années, les choses bougent. '
               'Tour d’horizon, avant le forum des associations du samedi 1<super>er</super> octobre.', st_chapo),
             FrameBreak()]
    story += [
        P('Une charte signée à deux pas de chez nous', st_h2),
        P('C’est à Saint-Maurice, notre voisine, que la Charte du faire alliance a été présentée au public, le '
          '30 novembre 2021, jour du Giving Tuesday. La soirée de lancement était organisée par VitaWin.',
          st_body),
        P('Le texte n’est pas tombé du ciel : il est le fruit de trois mois de co-construction, pilotés par la '
          'Fondation des Territoires. Ses auteurs le décrivent comme un « contrat de confiance » entre des '
          'partenaires qui n’ont pas les mêmes habitudes : chacun y trouve des engagements simples sur le '
          'respect mutuel, le partage des décisions et l’évaluation commune.', st_body),
        Spacer(1, 5),
        Photo(wide, 3.6 * cm, 'PHOTO'),
        P('Saint-Maurice, 30 novembre 2021 : signature symbolique de la Charte du faire alliance lors de la '
          'soirée VitaWin. © Ville de Champvert / D.R.', st_leg),
        P('Pourquoi ici ?', st_h2),
        P('Notre territoire n’est pas arrivé là par hasard. Il compte parmi les trois territoires pilotes de la '
          'démarche « Agir ensemble en Territoire », lancée en 2010 : le Service vie associative de la Ville en '
          'a suivi les ateliers dès le début (voir page suivante).', st_body),
        P('Et concrètement, à Champvert ?', st_h2),
        P('Quelques exemples parmi d’autres : l’épicerie solidaire des Coteaux est approvisionnée chaque semaine '
          'par la supérette de la place du Marché ; le club de handball a trouvé auprès d’une entreprise de '
          'transport les minibus qui lui manquaient ; l’association des parents d’élèves organise avec la '
          'librairie un troc de livres à chaque rentrée. Rien de spectaculaire, mais des liens durables.',
          st_body),
        FrameBreak(),
        encadre('LE SAVIEZ-VOUS ?', [
            'Le Giving Tuesday est une journée mondiale de la générosité, célébrée chaque année après le '
            '« Black Friday ».',
            Spacer(1, 3),
            'En 2021, il tombait le 30 novembre : c’est ce jour-là qu’a été choisi pour faire connaître la '
            'charte.'], narrow),
        Spacer(1, 10),
        encadre('PRATIQUE', [
            '<b>Maison des associations</b><br/>12, allée des Tilleuls<br/>94999 Champvert-sur-Marne',
            Spacer(1, 3),
            'Contact : vie.associative@champvert-sur-marne.example',
            Spacer(1, 3),
            'Accueil sur rendez-vous, du mardi au samedi.'], narrow, bg='#fff8e1', hd='#f9a825'),
        Spacer(1, 10),
        P('« Une charte, ce n’est pas un contrat d’avocats : c’est une façon de se dire ce qu’on attend les '
          'uns des autres. »', S('pull', 'DVS-BI', 10, 13.5, textColor=green)),
        P('— une bénévole du comité des fêtes', st_leg),
        NextPageTemplate('b'), PageBreak()]

    st_tl = S('tl', 'DV', 8, 10.5)
    carte = Table([
        [P('<b>Fondation des Territoires</b>', st_boxh)],
        [P('<b>Préfiguration</b> : à partir de juillet 2018, en trois étapes', st_tl)],
        [P('1) juillet 2018 → juillet 2019', st_tl)],
        [P('2) août 2019 → novembre 2020', st_tl)],
        [P('3) décembre 2020 → mai 2022', st_tl)],
        [P('<b>Création</b> : 14 juin 2022', st_tl)],
        [P('<b>Abritée par</b> : la Fondation de Lille', st_tl)],
        [P('<b>Rôle local</b> : pilotage de la Charte du faire alliance', st_tl)]], colWidths=[narrow])
    carte.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), green),
                               ('BACKGROUND', (0, 1), (-1, -1), colors.HexColor('#e8f5e9')),
                               ('LINEBELOW', (0, 1), (-1, -2), 0.3, colors.HexColor('#a5d6a7')),
                               ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 3.5)]))
    story += [
        P('CARTE D’IDENTITÉ', st_kick), Spacer(1, 2), carte, Spacer(1, 12),
        Photo(narrow, 3.0 * cm, 'PHOTO'),
        P('Atelier « Agir ensemble » à la Maison des associations. Les participants y ont comparé leurs '
          'pratiques avec celles d’autres territoires. © D.R.', st_leg),
        Spacer(1, 10),
        encadre('EN CHIFFRES', [
            '<b>3</b> territoires pilotes pour « Agir ensemble en Territoire »',
            '<b>11</b> territoires pionniers dans le parcours CGET',
            '<b>18</b> mois de parcours',
            '<b>3</b> mois pour écrire la charte'], narrow),
        FrameBreak(),
        P('« Agir ensemble en Territoire » : douze ans de chemin', st_h2),
        P('Tout commence en 2010. Une étude de l’Observatoire des partenariats, l’étude ARPEA-Collectivités '
          'locales, menée avec Comisis et OpinionWay, montre que les collectivités ont un rôle à jouer pour '
          'faire se rencontrer associations et entreprises. La démarche « Agir ensemble en Territoire » est '
          'lancée dans la foulée, avec trois territoires pilotes :', st_body),
        Paragraph(fr('l’Alsace, accompagnée par Alsace Active ;'), st_body, bulletText='•'),
        Paragraph(fr('le Poitou-Charentes, avec le Groupe La Poste ;'), st_body, bulletText='•'),
        Paragraph(fr('Paris-Est Marne &amp; Bois, notre territoire.'), st_body, bulletText='•'),
        P('Un parcours national', st_h2),
        P('L’expérience a ensuite changé d’échelle. Le CGET et Le RAMEAU ont ouvert un parcours d’expérience '
          'sur la co-construction territoriale, réservé à 11 territoires pionniers et étalé sur 18 mois. La '
          'première session s’est tenue le 3 mai. Objectif : que chaque territoire reparte avec sa propre '
          'feuille de route, et non avec un modèle tout fait.', st_body),
        P('Et maintenant ?', st_h2),
        P('La Fondation des Territoires, qui a piloté l’écriture de la charte, a été officiellement créée le '
          '14 juin 2022. Pour les associations champvertoises, c’est un interlocuteur de plus pour monter des '
          'projets avec les entreprises du secteur. La Ville réunira les acteurs intéressés lors du forum des '
          'associations.', st_body),
        NextPageTemplate('c'), PageBreak()]

    half = (doc.width - gap) / 2
    leftcol = [
        P('Un droit à l’alliance ?', st_h2),
        P('Au niveau national aussi, les lignes bougent. La députée Cathy Racon-Bouzon porte une proposition '
          'de loi visant à reconnaître un « droit de l’alliance d’intérêt général ». Déposée en février, elle a '
          'été agréée par le Bureau de l’Assemblée nationale puis publiée au Journal officiel.', st_body),
        P('Ce texte s’accompagne d’une « feuille de route » ministérielle comptant 21 mesures. Le Service vie '
          'associative en tiendra une synthèse à disposition des associations qui le souhaitent.', st_body)]
    rightcol = [
        P('Au forum, on en parle !', st_h2),
        P('Le samedi 1<super>er</super> octobre, sur le parvis de la Maison des associations, un stand « Faire alliance » '
          'présentera la charte et les démarches évoquées dans ce dossier. Les associations qui souhaitent y '
          'tenir une table sont invitées à se signaler auprès du Service vie associative.', st_body),
        P('Entreprises du territoire : vous êtes les bienvenues ! Venez rencontrer les associations '
          'champvertoises et découvrir leurs projets.', st_body)]
    two = Table([[leftcol, rightcol]], colWidths=[half, half + gap])
    two.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                             ('RIGHTPADDING', (0, 0), (0, 0), gap), ('LINEAFTER', (0, 0), (0, 0), 0.4,
                                                                      colors.HexColor('#a5d6a7'))]))
    legal = Table([[P('<b>Champvert Infos</b> n° 118 – septembre-octobre 2022. Lettre d’information municipale '
                      'gratuite, distribuée dans toutes les boîtes aux lettres. Directrice de la publication : '
                      'la maire de Champvert-sur-Marne. Rédaction : service communication. Impression sur papier '
                      'recyclé. Dépôt légal à parution. Les informations sur les démarches nationales sont '
                      'reprises des publications de leurs porteurs.', S('lg', 'DV', 7, 9.2,
                                                                         textColor=colors.HexColor('#555555')))]],
                  colWidths=[doc.width])
    legal.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.4, colors.grey),
                               ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f5f5f5'))]))
    st_rdv = S('rdv', 'DV', 8.6, 11.6)
    rdv = Table([
        [P('<b>Quand ?</b>', st_rdv), P('<b>Quoi ?</b>', st_rdv), P('<b>Où ?</b>', st_rdv)],
        [P('samedi 1<super>er</super> octobre', st_rdv), P('Forum des associations, stand « Faire alliance »',
                                                         st_rdv), P('parvis de la Maison des associations',
                                                                    st_rdv)],
        [P('jeudi 13 octobre', st_rdv), P('Atelier « Présenter son projet à une entreprise »', st_rdv),
         P('Maison des associations, salle 2', st_rdv)],
        [P('jeudi 10 novembre', st_rdv), P('Rencontre associations – commerçants du centre-ville', st_rdv),
         P('salle du conseil, hôtel de ville', st_rdv)]],
        colWidths=[3.6 * cm, 8.4 * cm, doc.width - 12.0 * cm])
    rdv.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.HexColor('#a5d6a7')),
                             ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8f5e9')),
                             ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story += [P('DOSSIER (SUITE ET FIN)', st_kick), Spacer(1, 4), two, Spacer(1, 14),
              P('Les prochains rendez-vous de la vie associative', st_h2), rdv,
              P('Inscription gratuite auprès du Service vie associative. Programme susceptible d’évoluer.', st_leg),
              Spacer(1, 14),
              encadre('VOS QUESTIONS, NOS RÉPONSES EXPRESS', [
                  '<b>Mon association est toute petite, la charte me concerne-t-elle ?</b> Oui : elle s’adresse à '
                  'toutes les structures, quelle que soit leur taille.',
                  Spacer(1, 3),
                  '<b>Faut-il payer pour signer ?</b> Non, la signature est libre.'], doc.width),
              Spacer(1, 16), legal]
    doc.build(story)
    return fn


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc_forum, doc_quiz, doc_carte, doc_dossier, doc_bilan, doc_lettre):
        print(f(out))


if __name__ == '__main__':
    main()
