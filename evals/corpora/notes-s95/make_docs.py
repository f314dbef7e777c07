# -*- coding: utf-8 -*-
"""Corpus s95 : cinq PDF dans la forme des publications de l'Observatoire des partenariats.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]

Déterministe (rl_config.invariant = 1) : deux générations donnent des fichiers identiques
octet pour octet. Chaque page est composée à la main (canvas + Frame) ; un cadre qui ne
peut pas tout contenir lève une erreur, pour qu'aucun texte ne déborde en silence.
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.fonts import addMapping

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [
    ("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
    ("DVI", "DejaVuSans-Oblique.ttf"), ("DVBI", "DejaVuSans-BoldOblique.ttf"),
    ("DS", "DejaVuSerif.ttf"), ("DSB", "DejaVuSerif-Bold.ttf"),
    ("DSI", "DejaVuSerif-Italic.ttf"), ("DSBI", "DejaVuSerif-BoldItalic.ttf"),
    ("DC", "DejaVuSansCondensed.ttf"), ("DCB", "DejaVuSansCondensed-Bold.ttf"),
    ("DCI", "DejaVuSansCondensed-Oblique.ttf"), ("DCBI", "DejaVuSansCondensed-BoldOblique.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))
for fam in ("DV", "DS", "DC"):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "B")
    addMapping(fam, 0, 1, fam + "I")
    addMapping(fam, 1, 1, fam + "BI")

NB = "\u00a0"   # espace insécable (avant % € ; ? ! et dans les milliers) ; reportlab ne coupe
                # pas une ligne sur U+00A0, alors qu'il coupe sur U+202F quand le texte n'a pas de U+00A0
NBS = "\u00a0"  # espace insécable (avant : et dans les guillemets)

# Couleurs
BLEU = colors.HexColor("#1f3b5a")
VERT = colors.HexColor("#2e7d5b")
ORANGE = colors.HexColor("#c8641e")
GRIS = colors.HexColor("#5f6670")
FOND = colors.HexColor("#eef3f7")
FOND2 = colors.HexColor("#f6efe6")
FOND3 = colors.HexColor("#e9f4ee")


def typo(s):
    """Typographie française : '~' = espace insécable (milliers) ; espaces insécables
    avant % € k€ M€ ; ? ! », après «, et avant les deux-points."""
    s = s.replace("~", NB)
    s = re.sub(r" (%|€|k€|M€|;|\?|!)", NB + r"\1", s)
    s = re.sub(r" :", NBS + ":", s)
    s = s.replace("« ", "«" + NBS).replace(" »", NBS + "»")
    s = s.replace("n° ", "n°" + NBS).replace(" h ", NBS + "h" + NBS)
    return s


def esc(s):
    return s.replace(" & ", " &amp; ")


def P(text, style):
    return Paragraph(typo(esc(text)), style)


def S(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=12.6, textColor=colors.black, bulletFontName="DV")
    base.update(kw)
    return ParagraphStyle(name, **base)


def fill(c, x, y, w, h, flow, pad=0, name="cadre"):
    """Place une liste de flowables dans un cadre ; erreur si tout ne tient pas."""
    f = Frame(x, y, w, h, leftPadding=pad, rightPadding=pad, topPadding=pad,
              bottomPadding=pad, showBoundary=0)
    lst = list(flow)
    f.addFromList(lst, c)
    if lst:
        raise RuntimeError("débordement dans %s (%d éléments restants)" % (name, len(lst)))


def box(flow, width, bg, border=None, pad=7):
    t = Table([[flow]], colWidths=[width])
    st = [("BACKGROUND", (0, 0), (-1, -1), bg),
          ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if border is not None:
        st.append(("LINEBEFORE", (0, 0), (0, -1), 3, border))
    t.setStyle(TableStyle(st))
    return t


def data_table(rows, col_widths, header_bg=BLEU, font_size=8.6, first_col_left=True, bold_rows=()):
    data = [[typo(c) for c in r] for r in rows]
    t = Table(data, colWidths=col_widths, hAlign="LEFT")
    st = [
        ("FONTNAME", (0, 0), (-1, -1), "DV"),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2.4),
        ("FONTNAME", (0, 0), (-1, 0), "DVB"),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#c9d1d9")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in bold_rows:
        st.append(("FONTNAME", (0, r), (-1, r), "DVB"))
        st.append(("BACKGROUND", (0, r), (-1, r), FOND))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------------------
# 01 — Revue de littérature (4 pages A4 portrait, pages imprimées 12 à 15)
# ---------------------------------------------------------------------------
def doc_revue(path):
    W, H = A4
    c = Canvas(path, pagesize=A4)
    c.setTitle("Revue de littérature : ce que disent les enquêtes sur les alliances")
    c.setAuthor("Observatoire des partenariats")
    body = S("rbody", fontName="DS", fontSize=10.6, leading=15.4, alignment=TA_JUSTIFY, spaceAfter=6)
    h2 = S("rh2", fontName="DVB", fontSize=11.5, leading=15, textColor=BLEU, spaceBefore=6, spaceAfter=5)
    bullet = S("rbul", fontName="DS", fontSize=10.6, leading=14.6, leftIndent=14, bulletIndent=4, spaceAfter=1)
    foot = S("rfoot", fontName="DV", fontSize=7.4, leading=9.4, textColor=GRIS)
    chap = S("rchap", fontName="DSI", fontSize=10.5, leading=14.5, textColor=GRIS, spaceAfter=8)
    title = S("rtitle", fontName="DVB", fontSize=19, leading=23, textColor=BLEU, spaceAfter=8)
    kicker = S("rkick", fontName="DVB", fontSize=8.5, leading=11, textColor=ORANGE, spaceAfter=4)
    tcap = S("rtcap", fontName="DVB", fontSize=8.8, leading=11.5, textColor=BLEU, spaceBefore=4, spaceAfter=4)
    lect = S("rlect", fontName="DVI", fontSize=8, leading=10.5, textColor=GRIS, spaceBefore=4, spaceAfter=8)

    L, R = 62, W - 62
    BW = R - L

    def frame_page(num, story, notes):
        # en-tête courant
        c.setFont("DV", 7.8)
        c.setFillColor(GRIS)
        c.drawString(L, H - 40, typo("Observatoire des partenariats · Les Cahiers de l'Observatoire, n° 4"))
        c.drawRightString(R, H - 40, typo("Revue de littérature · mars 2025"))
        c.setStrokeColor(BLEU)
        c.setLineWidth(0.6)
        c.line(L, H - 46, R, H - 46)
        # corps
        notes_h = 0
        if notes:
            notes_h = 16 + 10.5 * len(notes) + 8
        fill(c, L, 62 + notes_h, BW, H - 58 - (62 + notes_h), story, name="revue p%d" % num)
        # notes de bas de page
        if notes:
            c.setStrokeColor(GRIS)
            c.setLineWidth(0.4)
            c.line(L, 62 + notes_h - 4, L + 120, 62 + notes_h - 4)
            fill(c, L, 62, BW, notes_h - 8, [P(n, foot) for n in notes], name="notes p%d" % num)
        # pied de page
        c.setFillColor(GRIS)
        c.setFont("DV", 7.8)
        c.drawString(L, 38, typo("Le RAMEAU – Observatoire des partenariats"))
        c.setFont("DVB", 9)
        c.drawRightString(R, 38, str(num))
        c.showPage()

    methode = S("rmeth", fontName="DV", fontSize=8.8, leading=12, textColor=BLEU)

    # --- page 1 (imprimée 12)
    story = [
        P("REVUE DE LITTÉRATURE", kicker),
        P("Alliances entre associations, entreprises et collectivités : ce que disent les enquêtes", title),
        P("Cette revue relit, dans l'ordre chronologique, les principales enquêtes consacrées aux alliances "
          "d'intérêt général. Chaque paragraphe résume une étude ; ses chiffres sont datés de l'année où "
          "l'enquête a été conduite, qui précède souvent celle de sa publication.", chap),
        P("Pour mémoire, Le RAMEAU, laboratoire de recherche créé en 2006, revendique plus de 1~000 exemples "
          "inspirants recensés et des expérimentations menées auprès de plus de 500 organisations.", body),
        box([P("<b>Comment lire cette revue ?</b> Les études citées n'emploient ni les mêmes échantillons ni "
               "les mêmes formulations. Une comparaison d'une édition à l'autre ne vaut que si la question "
               "posée est restée identique ; nous le signalons chaque fois.", methode)], BW - 14, FOND,
            border=BLEU, pad=7),
        Spacer(1, 4),
        P("1. Le temps d'ARPEA (2008-2012)", h2),
        P("<b>Observatoire des partenariats, ARPEA-Citoyens (enquêtes 2008 et 2012).</b> Premier baromètre "
          "du grand public, l'étude posait une question simple : faut-il rapprocher associations et "
          "entreprises ? En 2008, 86 % des Français jugeaient urgent de créer de tels partenariats ; à la "
          "vague de 2012, ils étaient encore 84 %<super>1</super>. Les auteurs notaient que l'adhésion "
          "dépassait les clivages d'âge et de territoire ; l'enquête ne disait rien, en revanche, des formes "
          "concrètes que ces partenariats devaient prendre.", body),
        P("<b>Comisis-OpinionWay, ARPEA-Entreprises & Territoires (enquête 2010, publication en janvier 2011).</b> "
          "Sur 1~004 entreprises d'au moins 10 salariés interrogées, 21 % développaient des partenariats avec "
          "des associations, 33 % souhaitaient le faire et 46 % ne le souhaitaient pas<super>2</super>. Ce "
          "volet a surtout montré la distance entre l'intention et la pratique : les entreprises restées à "
          "l'écart invoquaient moins un refus de principe que l'absence d'interlocuteurs identifiés sur leur "
          "territoire.", body),
        P("<b>Le RAMEAU, rapport quinquennal (publié le 11 décembre 2012).</b> Le bilan des cinq premières "
          "années de l'Observatoire réunissait dix volets d'étude. Il estimait que près de 46 % des "
          "associations étaient déjà engagées avec une entreprise. Ce document fondateur proposait aussi une "
          "typologie des relations, du mécénat à la coopération économique, que les programmes suivants ont "
          "reprise et affinée.", body),
        P("Au terme de cette période, la question n'est plus de savoir si les alliances sont souhaitables, "
          "mais comment les rendre possibles là où elles manquent : c'est l'objet des travaux qui suivent.",
          body),
    ]
    notes = [
        "<super>1</super> Les deux vagues reposent sur le même questionnaire ; l'écart de 2 points n'est pas "
        "significatif.",
        "<super>2</super> Échantillon représentatif des entreprises de 10 salariés et plus, interrogées par "
        "téléphone.",
    ]
    frame_page(12, story, notes)

    # --- page 2 (imprimée 13)
    story = [
        P("2. Le temps de PHARE (2013-2018)", h2),
        P("<b>Comisis-OpinionWay, PHARE-Citoyens (enquête et publication 2015).</b> Plus de 2~000 personnes "
          "ont été interrogées. 69 % des Français reconnaissaient aux entreprises et aux associations un "
          "« devoir d'alliance ». Les sondés prêtaient aux partenariats un impact fort sur l'emploi (49 %) "
          "et sur le développement économique (46 %).", body),
        P("Sur une échelle de 0 à 10, ils plaçaient l'emploi en tête des enjeux de leur territoire (7,1/10), "
          "devant le pouvoir d'achat (6,6/10), la sécurité (6,6/10) et le développement économique "
          "(6,5/10) ; l'environnement et l'exclusion venaient ensuite, à 6,3/10<super>3</super>. L'enquête "
          "marque un tournant : les attentes des habitants y sont rapportées aux enjeux de leur propre "
          "territoire plutôt qu'à des principes généraux.", body),
        P("<b>Comisis-OpinionWay, PHARE-Entreprises et PHARE-Associations (enquêtes 2015).</b> Les deux "
          "volets convergent : 81 % des dirigeants d'entreprise et 86 % des responsables associatifs voient "
          "dans le partenariat une source d'innovation. Le rapprochement des volets permet de croiser les "
          "regards : là où les dirigeants mettent en avant l'innovation de produits et de services, les "
          "responsables associatifs insistent sur la capacité à toucher de nouveaux publics.", body),
        box([P("<b>À retenir.</b> Les années PHARE installent l'idée d'un devoir d'alliance partagé par les "
               "citoyens, les entreprises et les associations. Elles préparent aussi l'entrée des élus dans "
               "l'analyse, jusque-là centrée sur le couple association-entreprise.", methode)], BW - 14, FOND,
            border=BLEU, pad=7),
        Spacer(1, 6),
        P("Ces résultats ont été largement repris dans la presse régionale, parfois au prix "
          "d'approximations : d'une reprise à l'autre, les notes attribuées aux enjeux du territoire ne "
          "sont pas toujours identiques, d'où la précision apportée en note.", body),
    ]
    notes = [
        "<super>3</super> Une reprise de presse parue à l'automne 2015 attribue 7/10 à la sécurité ; le rapport "
        "d'étude indique 6,6/10, valeur retenue ici.",
    ]
    frame_page(13, story, notes)

    # --- page 3 (imprimée 14)
    story = [
        P("<b>Le RAMEAU, PHARE-Institutions (enquête 2016, publiée le 29 novembre 2016).</b> Les maires "
          "suivent : 87 % d'entre eux partagent ce constat. L'étude dessine cinq profils de maires ; la "
          "même année, treize rapports régionaux déclinent les résultats nationaux. Longtemps absents des "
          "enquêtes, les élus y apparaissent comme des ensembliers plutôt que comme de simples financeurs.",
          body),
        P("<b>Recherches & Solidarités et Le RAMEAU, Associations & Partenariats (enquête de mai-juin 2016, "
          "publiée en mars 2017).</b> Plus de 1~380 responsables associatifs ont répondu. Une association "
          "compte en moyenne 2,5 partenaires ; les plus cités sont<super>4</super> :", body),
        Paragraph(typo("les collectivités territoriales : 74 % ;"), bullet, bulletText="•"),
        Paragraph(typo("les associations et fondations : 72 % ;"), bullet, bulletText="•"),
        Paragraph(typo("les établissements d'enseignement : 47 % ;"), bullet, bulletText="•"),
        Paragraph(typo("les entreprises : 28 % ;"), bullet, bulletText="•"),
        Paragraph(typo("les organismes de recherche : 9 %."), bullet, bulletText="•"),
        Spacer(1, 5),
        P("La taille pèse : la moitié des associations dont le budget dépasse 150~000 € ont un partenaire "
          "entreprise, contre 20 % de celles dont le budget est inférieur à 10~000 €.", body),
        P("Les auteurs soulignent que la diversité des partenaires progresse avec la taille de "
          "l'association, mais que les plus petites structures restent très liées à leur commune. "
          "L'enquête repose sur des réponses volontaires recueillies en ligne : les associations les plus "
          "actives y sont sans doute surreprésentées, ce qui invite à lire ces proportions comme des ordres "
          "de grandeur.", body),
        P("Ces travaux ont nourri le programme suivant, qui élargit la focale à l'ensemble des acteurs d'un "
          "territoire et s'intéresse moins à l'existence des partenariats qu'à leurs effets.", body),
    ]
    notes = [
        "<super>4</super> Plusieurs réponses possibles : le total dépasse 100 %.",
    ]
    frame_page(14, story, notes)

    # --- page 4 (imprimée 15)
    story = [
        P("3. Le temps d'IMPACT (2018-2022) et au-delà", h2),
        P("<b>Le RAMEAU, IMPACT – Associations & Territoires (programme 2018-2022).</b> Le pays compte "
          "148~000 associations employeuses, qui entretiennent presque toutes des partenariats, d'abord "
          "avec les collectivités.", body),
        P("<b>Comisis-OpinionWay, IMPACT-Élus locaux (novembre 2020).</b> 64 % des élus locaux veulent "
          "s'appuyer sur le « jouer collectif » et 92 % des maires reconnaissent l'utilité de la "
          "co-construction.", body),
        P("<b>Le RAMEAU, IMPACTS & TRAJECTOIRES – Élus locaux (enquête du 30 septembre au 28 octobre 2024, "
          "publiée en novembre 2024).</b> Interrogés par téléphone, 302 maires ont répondu ; 84 % des "
          "répondants sont élus de communes de moins de 2~000 habitants. Neuf maires sur dix (91 %) voient "
          "leur territoire en mouvement<super>5</super>.", body),
        P("Tableau 1 – Une même question, deux éditions", tcap),
        data_table([
            ["Population et question", "1re mesure", "2de mesure", "Écart"],
            ["Français : urgent de créer des partenariats", "86 % (2008)", "84 % (2012)", "−2 pts"],
            ["Français : « devoir d'alliance »", "69 % (2015)", "81 % (IMPACT)", "+12 pts"],
        ], [210, 78, 82, 70]),
        Spacer(1, 8),
        P("Les deux lignes du tableau ne mesurent pas tout à fait la même chose : la formulation de la "
          "question a changé entre ARPEA et PHARE, si bien que seule la comparaison à l'intérieur d'un même "
          "programme est rigoureuse.", body),
        P("En conclusion, les enquêtes dessinent une attente stable, que les communes de moins de "
          "3~500 habitants expriment avec la même force que les grandes villes. Reste à outiller celles et "
          "ceux qui la portent : c'est tout l'enjeu des travaux en cours sur l'évaluation des alliances.",
          body),
    ]
    notes = [
        "<super>5</super> Le détail des réponses figure dans Les Cahiers de l'Observatoire, n° 3, p. 21.",
    ]
    frame_page(15, story, notes)
    c.save()


# ---------------------------------------------------------------------------
# 02 — Procès-verbal d'assemblée générale (3 pages A4 portrait, imprimées 1/3 à 3/3)
# ---------------------------------------------------------------------------
def doc_pv(path):
    W, H = A4
    c = Canvas(path, pagesize=A4)
    c.setTitle("Procès-verbal de l'assemblée générale ordinaire du 14 juin 2025")
    c.setAuthor("Alliances & Territoires")
    body = S("pbody", fontName="DV", fontSize=9.8, leading=14.4, alignment=TA_JUSTIFY, spaceAfter=6)
    h2 = S("ph2", fontName="DVB", fontSize=10.5, leading=14, textColor=VERT, spaceBefore=6, spaceAfter=4)
    res = S("pres", fontName="DV", fontSize=9.8, leading=14, alignment=TA_JUSTIFY)
    title = S("ptitle", fontName="DVB", fontSize=16, leading=20, textColor=VERT, alignment=TA_CENTER, spaceAfter=4)
    sub = S("psub", fontName="DV", fontSize=9.2, leading=12.5, textColor=GRIS, alignment=TA_CENTER, spaceAfter=2)
    tcap = S("ptcap", fontName="DVB", fontSize=8.8, leading=11.5, textColor=VERT, spaceBefore=4, spaceAfter=4)
    small = S("psmall", fontName="DVI", fontSize=8.2, leading=10.8, textColor=GRIS, spaceBefore=3, spaceAfter=6)

    L, R = 64, W - 64
    BW = R - L

    def frame_page(num, story):
        c.setFont("DV", 7.8)
        c.setFillColor(GRIS)
        c.drawString(L, H - 38, typo("Alliances & Territoires – association loi 1901"))
        c.drawRightString(R, H - 38, typo("PV de l'AG ordinaire du 14 juin 2025"))
        c.setStrokeColor(VERT)
        c.setLineWidth(0.6)
        c.line(L, H - 44, R, H - 44)
        fill(c, L, 60, BW, H - 56 - 60, story, name="pv p%d" % num)
        c.setStrokeColor(VERT)
        c.line(L, 50, R, 50)
        c.setFont("DV", 7.8)
        c.setFillColor(GRIS)
        c.drawString(L, 38, typo("Procès-verbal certifié conforme par la présidente et la secrétaire de séance"))
        c.drawRightString(R, 38, "Page %d/3" % num)
        c.showPage()

    def resolution(titre, texte):
        return box([P("<b>%s</b>" % titre, res), Spacer(1, 2), P(texte, res)], BW - 14, FOND3, border=VERT, pad=6)

    # --- page 1
    story = [
        P("Procès-verbal de l'assemblée générale ordinaire", title),
        P("Association Alliances & Territoires – siège : 12, rue des Tanneurs, 69001 Lyon", sub),
        P("Exercice 2024 – séance du samedi 14 juin 2025, Maison des associations", sub),
        Spacer(1, 10),
        P("Ouverture de la séance", h2),
        P("La séance est ouverte à 9 h 30 sous la présidence de Mme Claire Vasseur, présidente, assistée de "
          "M. Karim Benali, trésorier, et de Mme Inès Roussel, secrétaire de séance. La présidente remercie "
          "la Maison des associations pour son accueil et rappelle l'ordre du jour adressé aux adhérents avec "
          "la convocation : rapport moral, rapport financier, budget prévisionnel, cotisations, "
          "renouvellement du conseil d'administration et questions diverses.", body),
        P("Quorum", h2),
        P("Au 31 décembre 2024, l'association comptait 412 adhérents à jour de cotisation : 326 personnes "
          "physiques et 86 personnes morales (associations, entreprises, collectivités). 138 adhérents sont "
          "présents et 97 sont représentés par un pouvoir, soit 235 votants. Le "
          "quorum du quart des adhérents, prévu à l'article 11 des statuts, est atteint : l'assemblée peut "
          "valablement délibérer.", body),
        P("Rapport moral", h2),
        P("La présidente rappelle que l'association a accompagné 27 projets d'alliance en 2024, contre 19 en "
          "2023. Elle cite l'enquête IMPACT-Élus locaux de novembre 2020, selon laquelle 64 % des élus locaux "
          "souhaitaient s'appuyer sur le « jouer collectif » : « ce chiffre n'a rien perdu de son "
          "actualité ».", body),
        P("Elle insiste sur la place prise par les rencontres entre élus, chefs d'entreprise et responsables "
          "associatifs, qui ont permis de faire émerger des projets communs dans des territoires jusque-là "
          "peu couverts. Elle remercie les bénévoles, sans qui ces rencontres n'auraient pas eu lieu, et "
          "salue l'arrivée de nouveaux adhérents issus du monde de l'entreprise.", body),
        P("Le débat qui suit porte sur l'accompagnement des petites communes et sur la manière de mieux "
          "faire connaître les projets réussis. Plusieurs adhérents souhaitent que l'association publie "
          "davantage de retours d'expérience.", body),
        Spacer(1, 4),
        resolution("Première résolution – approbation du rapport moral",
                   "L'assemblée approuve le rapport moral par 224 voix pour, 6 voix contre et 5 abstentions."),
    ]
    frame_page(1, story)

    # --- page 2
    story = [
        P("Rapport financier", h2),
        P("Le trésorier présente les comptes de l'exercice 2024, clos le 31 décembre 2024. Les subventions "
          "et dons reçus ayant dépassé le seuil légal de 153~000 €, les comptes ont été certifiés par un "
          "commissaire aux comptes, sans réserve. Les produits atteignent 398~600 €, en hausse de 8 %, et "
          "l'exercice dégage un excédent de 8~450 €.", body),
        P("Tableau 1 – Compte de résultat simplifié (en euros)", tcap),
        data_table([
            ["Poste", "Exercice 2024", "Exercice 2023"],
            ["Cotisations", "13~380", "12~950"],
            ["Subventions publiques", "196~500", "188~000"],
            ["Mécénat et dons", "121~700", "104~300"],
            ["Prestations et formations", "67~020", "64~100"],
            ["Total des produits", "398~600", "369~350"],
            ["Total des charges", "390~150", "372~470"],
            ["Résultat de l'exercice", "8~450", "−3~120"],
        ], [230, 120, 117], header_bg=VERT, bold_rows=(5, 7)),
        P("Lecture : en 2024, les subventions publiques représentent près de la moitié des produits "
          "(49 %). Les montants sont arrondis à la dizaine d'euros.", small),
        P("Le trésorier souligne la bonne tenue des cotisations et la diversification des financements "
          "privés, qui réduisent la dépendance de l'association aux subventions. Il signale que les charges "
          "de personnel restent le premier poste de dépenses et que le conseil d'administration a choisi de "
          "ne pas augmenter les effectifs avant d'avoir consolidé les ressources.", body),
        P("Répondant à une question, il précise que le retour à l'équilibre tient à la fois à la hausse du "
          "mécénat et à la maîtrise des frais de déplacement.", body),
        Spacer(1, 4),
        resolution("Deuxième résolution – approbation des comptes",
                   "Les comptes de l'exercice 2024 sont approuvés par 229 voix pour et 6 abstentions ; quitus "
                   "est donné au trésorier."),
        Spacer(1, 6),
        resolution("Troisième résolution – affectation du résultat",
                   "L'excédent est affecté au fonds associatif. La résolution est adoptée à l'unanimité des "
                   "235 votants."),
    ]
    frame_page(2, story)

    # --- page 3
    story = [
        P("Budget prévisionnel 2025", h2),
        P("Le trésorier présente le budget prévisionnel, construit avec prudence sur la base des "
          "conventions déjà signées. Il prévoit la création d'un fonds d'amorçage destiné aux alliances "
          "locales portées par de petites associations.", body),
        P("Tableau 2 – Budget prévisionnel 2025 (en milliers d'euros)", tcap),
        data_table([
            ["Poste", "Budget 2025", "Réalisé 2024"],
            ["Total des produits", "421,5", "398,6"],
            ["dont fonds d'amorçage des alliances", "30,0", "–"],
            ["Total des charges", "421,5", "390,2"],
        ], [230, 120, 117], header_bg=VERT, bold_rows=(1,)),
        Spacer(1, 6),
        resolution("Quatrième résolution – budget prévisionnel 2025",
                   "Le budget prévisionnel présenté au tableau 2 est adopté par 231 voix pour et 4 voix contre."),
        Spacer(1, 6),
        resolution("Cinquième résolution – cotisations",
                   "La cotisation annuelle est maintenue à 30 € pour les personnes physiques et portée de "
                   "120 € à 150 € pour les personnes morales. La résolution est adoptée à l'unanimité."),
        Spacer(1, 6),
        resolution("Sixième résolution – renouvellement du conseil d'administration",
                   "Six sièges sont à pourvoir pour un mandat de 3 ans et huit candidats se présentent. Sont "
                   "élus : Mme Inès Roussel (212 voix), M. Paul Ferrand (198 voix), Mme Aïcha Diallo "
                   "(187 voix), M. Luc Martinez (176 voix), Mme Sophie Klein (169 voix) et M. Thierry "
                   "Obadia (151 voix)."),
        P("Questions diverses", h2),
        P("Un adhérent demande où en est la charte du faire alliance, lancée le 30 novembre 2021 : "
          "43 adhérents l'ont signée à ce jour. La présidente invite les autres à le faire avant la "
          "prochaine assemblée et propose qu'un temps d'échange lui soit consacré lors des rencontres "
          "régionales de l'automne.", body),
        P("Une adhérente suggère de mutualiser les outils d'évaluation avec les autres réseaux du territoire ; "
          "le conseil d'administration étudiera cette proposition.", body),
        P("L'ordre du jour étant épuisé, la séance est levée à 12 h 40.", body),
        Spacer(1, 8),
        P("Fait à Lyon, le 14 juin 2025. La présidente, Claire Vasseur – La secrétaire de séance, Inès "
          "Roussel.", small),
    ]
    frame_page(3, story)
    c.save()


# ---------------------------------------------------------------------------
# 03 — Diapositives exportées (4 pages paysage 16:9, diapositives 2 à 5)
# ---------------------------------------------------------------------------
def doc_slides(path):
    W, H = 960, 540
    c = Canvas(path, pagesize=(W, H))
    c.setTitle("Rencontres des alliances territoriales – diapositives")
    c.setAuthor("Observatoire des partenariats")
    big = S("sbig", fontName="DVB", fontSize=50, leading=58, textColor=ORANGE)
    big2 = S("sbig2", fontName="DVB", fontSize=40, leading=46, textColor=BLEU)
    under = S("sunder", fontName="DV", fontSize=15, leading=19.5, textColor=colors.black)
    under2 = S("sunder2", fontName="DV", fontSize=12.5, leading=16.5, textColor=colors.black)
    cap = S("scap", fontName="DVB", fontSize=9.5, leading=12, textColor=GRIS, spaceAfter=2)
    rep_t = S("sreptitle", fontName="DVB", fontSize=13, leading=16, textColor=BLEU, spaceAfter=6)
    rep = S("srep", fontName="DV", fontSize=11.6, leading=14.8, leftIndent=11, bulletIndent=0, spaceAfter=6)
    src = S("ssrc", fontName="DVI", fontSize=8.4, leading=10.6, textColor=GRIS)
    ttl = S("sttl", fontName="DVB", fontSize=24, leading=28, textColor=BLEU)

    def slide(num, titre, left_blocks, reperes, source):
        # bandeau supérieur
        c.setFillColor(BLEU)
        c.rect(0, H - 34, W, 34, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 10)
        c.drawString(36, H - 22, typo("Observatoire des partenariats"))
        c.setFont("DV", 10)
        c.drawRightString(W - 36, H - 22, typo("Rencontres des alliances territoriales · Lille · 3 avril 2025"))
        # titre
        fill(c, 36, H - 100, W - 72, 58, [P(titre, ttl)], name="titre diapo %d" % num)
        # zone gauche
        LW = 560
        x = 36
        left_blocks = [[Spacer(1, 24)] + list(b) for b in left_blocks]
        if len(left_blocks) == 1:
            fill(c, x, 92, LW, H - 110 - 92, left_blocks[0], name="gauche diapo %d" % num)
        else:
            bw = (LW - 24) / 2.0
            for i, blk in enumerate(left_blocks):
                fill(c, x + i * (bw + 24), 92, bw, H - 110 - 92, blk, name="bloc %d diapo %d" % (i, num))
            c.setStrokeColor(colors.HexColor("#c9d1d9"))
            c.setLineWidth(1)
            c.line(x + bw + 12, 110, x + bw + 12, H - 130)
        # panneau repères
        px = 36 + LW + 24
        pw = W - 36 - px
        c.setFillColor(FOND)
        c.rect(px, 92, pw, H - 110 - 92, stroke=0, fill=1)
        flow = [P("Repères", rep_t)] + [Paragraph(typo(esc(r)), rep, bulletText="▪") for r in reperes]
        fill(c, px + 12, 96, pw - 24, H - 110 - 92 - 8, flow, name="repères diapo %d" % num)
        # source et pied
        fill(c, 36, 34, W - 140, 50, [P(source, src)], name="source diapo %d" % num)
        c.setStrokeColor(BLEU)
        c.setLineWidth(0.6)
        c.line(36, 30, W - 36, 30)
        c.setFillColor(GRIS)
        c.setFont("DV", 8)
        c.drawString(36, 16, typo("Le RAMEAU – Observatoire des partenariats"))
        c.setFont("DVB", 11)
        c.drawRightString(W - 36, 14, str(num))
        c.showPage()

    slide(2, "Quatre Français sur cinq ressentent un devoir d'alliance",
          [[P("81 %", big), P("des Français attribuent aux acteurs de leur territoire un « devoir "
                              "d'alliance »", under), Spacer(1, 8),
            P("soit 12 points de plus qu'en 2015", under2)],
           [P("84 %", big), P("des dirigeants d'entreprise expriment une « envie d'alliance »", under),
            Spacer(1, 8), P("et 92 % des maires un « besoin d'alliance »", under2)]],
          ["74 % des Français voient dans les partenariats une source d'innovation.",
           "81 % des dirigeants d'entreprise, 86 % des responsables associatifs et 87 % des maires "
           "partagent ce constat.",
           "En 2015, 69 % des Français parlaient déjà de « devoir d'alliance ».",
           "ARPEA : jugeaient urgent de créer des partenariats 86 % des Français en 2008 et 84 % en 2012."],
          "Sources : Le RAMEAU, programme IMPACT 2018-2022 ; PHARE-Citoyens 2015, plus de 2~000 personnes "
          "interrogées ; ARPEA-Citoyens 2008 et 2012.")

    slide(3, "Neuf maires sur dix voient leur territoire bouger",
          [[P("91 %", big), P("des maires estiment que leur territoire est en mouvement", under),
            Spacer(1, 8), P("dont 35 % fortement et 56 % ni plus ni moins qu'auparavant", under2)],
           [P("Rappel IMPACT (2018-2022)", cap), P("46 %", big2),
            P("des maires ne savent pas piloter cette dynamique", under2), Spacer(1, 6),
            P("alors que 76 % jugent leur territoire engagé", under2)]],
          ["302 maires interrogés par téléphone, du 30 septembre au 28 octobre 2024.",
           "84 % des répondants sont élus de communes de moins de 2~000 habitants ; 89 % d'entre eux voient "
           "leur territoire en mouvement.",
           "En 2020, 64 % des élus locaux misaient sur le « jouer collectif » et 92 % des maires "
           "reconnaissaient l'utilité de la co-construction.",
           "En 2016, 87 % des maires voyaient dans les partenariats une source d'innovation ; l'étude "
           "distinguait 5 profils de maires."],
          "Sources : IMPACTS & TRAJECTOIRES – Élus locaux, novembre 2024 ; IMPACT-Élus locaux, novembre 2020 ; "
          "PHARE-Institutions, 2016.")

    slide(4, "Les associations, pivots des alliances",
          [[P("148~000", big), P("associations employeuses, dont 98 % ont au moins un partenariat", under),
            Spacer(1, 14),
            P("Une sur deux agit aussi à l'échelle régionale (47 %), près de trois sur quatre à l'échelle "
              "locale (73 %).", under2)]],
          ["Mécénat : 75 %", "Innovation sociétale : 73 %", "Pratiques responsables : 70 %",
           "Coopération économique : 58 %",
           "89 % travaillent avec une collectivité territoriale.",
           "En 2016, une association comptait 2,5 partenaires en moyenne et 28 % avaient un partenaire "
           "entreprise."],
          "Sources : Le RAMEAU, IMPACT – Associations & Territoires ; Recherches & Solidarités et Le RAMEAU, "
          "enquête 2016 (plus de 1~380 responsables associatifs). Formes de partenariat : part des "
          "associations concernées, plusieurs réponses possibles.")

    slide(5, "Des outils pour passer à l'action",
          [[P("1,5 M€", big), P("apportés par le Fonds ODD 17, co-créé en 2020, pour une expérimentation "
                                "de 3 ans", under2)],
           [P("350", big), P("catalyseurs territoriaux mobilisés par le même fonds", under2)]],
          ["21 co-fondateurs pour la Fondation des Territoires, créée le 14 juin 2022.",
           "21 mesures dans la feuille de route ministérielle.",
           "19 cibles pour l'ODD 17.",
           "11 territoires pionniers dans le parcours de co-construction du CGET<super>1</super>.",
           "Plus de 250 données inventoriées pour la sortie de crise.",
           "42 fondations interrogées par l'étude IMPACT – Fondations & Territoires."],
          "<super>1</super> Une autre présentation du parcours mentionne 10 territoires pilotes. Sources : "
          "Le RAMEAU ; Fondation des Territoires. Plus de 1~000 exemples inspirants recensés et plus de "
          "500 organisations accompagnées depuis 2006.")
    c.save()


# ---------------------------------------------------------------------------
# 04 — Guide pratique (3 pages A4 portrait, pages imprimées 5 à 7)
# ---------------------------------------------------------------------------
def doc_guide(path):
    W, H = A4
    c = Canvas(path, pagesize=A4)
    c.setTitle("Guide pratique : construire une alliance association-entreprise")
    c.setAuthor("Observatoire des partenariats")
    body = S("gbody", fontName="DV", fontSize=10, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=5)
    step = S("gstep", fontName="DVB", fontSize=12, leading=15, textColor=colors.white)
    bul = S("gbul", fontName="DV", fontSize=10, leading=14, leftIndent=14, bulletIndent=3, spaceAfter=2)
    bon_t = S("gbont", fontName="DVB", fontSize=9.6, leading=12, textColor=ORANGE, spaceAfter=3)
    bon = S("gbon", fontName="DV", fontSize=9.6, leading=13.4, alignment=TA_LEFT)
    title = S("gtitle", fontName="DVB", fontSize=18, leading=22, textColor=VERT, spaceAfter=6)
    intro = S("gintro", fontName="DVI", fontSize=10, leading=14, textColor=GRIS, spaceAfter=8)
    tcap = S("gtcap", fontName="DVB", fontSize=8.8, leading=11.5, textColor=VERT, spaceBefore=4, spaceAfter=4)
    small = S("gsmall", fontName="DVI", fontSize=8, leading=10.5, textColor=GRIS, spaceBefore=3, spaceAfter=6)

    L, R = 60, W - 60
    BW = R - L

    def step_band(n, text):
        t = Table([[Paragraph(typo("Étape %d — %s" % (n, text)), step)]], colWidths=[BW])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), VERT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t

    def bon_a_savoir(lines):
        flow = [P("Bon à savoir", bon_t)] + [P(l, bon) for l in lines]
        return box(flow, BW - 20, FOND2, border=ORANGE, pad=8)

    def frame_page(num, story):
        c.setFont("DV", 7.8)
        c.setFillColor(GRIS)
        c.drawString(L, H - 38, typo("Guide pratique · Construire une alliance association–entreprise"))
        c.drawRightString(R, H - 38, typo("Édition 2025"))
        c.setStrokeColor(VERT)
        c.setLineWidth(0.6)
        c.line(L, H - 44, R, H - 44)
        fill(c, L, 58, BW, H - 54 - 58, story, name="guide p%d" % num)
        c.setFillColor(VERT)
        c.circle(W / 2.0, 36, 10, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 9)
        c.drawCentredString(W / 2.0, 33, str(num))
        c.showPage()

    # --- page 1 (imprimée 5)
    story = [
        P("Construire une alliance entre association et entreprise : le pas à pas", title),
        P("En 2016, 37 % des entreprises d'au moins 10 salariés et 38 % des associations déclaraient un "
          "partenariat ; la proportion atteignait 53 % chez les associations employeuses et 65 % chez les "
          "pionniers. Ce guide reprend les étapes qu'ils ont suivies.", intro),
        step_band(1, "Faire l'inventaire de ses partenaires"),
        Spacer(1, 6),
        P("Une association compte en moyenne 2,5 partenaires (enquête 2016). Listez-les, en notant pour "
          "chacun l'ancienneté de la relation : dans notre réseau, la moitié des partenariats ont plus de "
          "3 ans.", body),
        bon_a_savoir([
            "Les collectivités restent le premier partenaire : 89 % des associations employeuses travaillent "
            "avec elles, contre 74 % des associations interrogées en 2016. Les entreprises, elles, arrivent "
            "loin derrière.",
        ]),
        Spacer(1, 8),
        step_band(2, "Choisir la forme de l'alliance"),
        Spacer(1, 6),
        P("Plusieurs formes coexistent souvent. Part des associations employeuses qui pratiquent chacune "
          "(étude IMPACT) :", body),
        Paragraph(typo("le mécénat (dons, mécénat de compétences) : 75 % ;"), bul, bulletText="–"),
        Paragraph(typo("l'innovation sociétale : 73 % ;"), bul, bulletText="–"),
        Paragraph(typo("les pratiques responsables : 70 % ;"), bul, bulletText="–"),
        Paragraph(typo("la coopération économique : 58 %."), bul, bulletText="–"),
        Spacer(1, 5),
        P("Commencez par une forme simple : un mécénat ponctuel peut évoluer vers une coopération plus "
          "durable lorsque la confiance est installée. L'essentiel est que chaque partenaire sache ce qu'il "
          "apporte et ce qu'il attend de l'autre.", body),
        P("Posez-vous enfin la question du territoire : une alliance locale se noue souvent plus vite, "
          "parce que les partenaires se connaissent déjà et partagent les mêmes enjeux. À l'inverse, une "
          "alliance régionale demande davantage de coordination, mais elle permet de changer d'échelle.",
          body),
    ]
    frame_page(5, story)

    # --- page 2 (imprimée 6)
    story = [
        step_band(3, "Connaître le cadre fiscal du mécénat"),
        Spacer(1, 6),
        P("Le don d'une entreprise à un organisme d'intérêt général ouvre droit à une réduction d'impôt "
          "égale à 60 % de son montant, retenu dans la limite de 20~000 € ou de 0,5 % du chiffre d'affaires "
          "hors taxes lorsque ce dernier montant est plus élevé (article 238 bis du code général des "
          "impôts). Pour la fraction des dons supérieure à 2 millions d'euros, le taux est ramené à 40 %. "
          "L'excédent éventuel est reportable sur les 5 exercices suivants.", body),
        bon_a_savoir([
            "Côté particuliers, la réduction atteint 66 % du don, dans la limite de 20 % du revenu "
            "imposable. Elle est portée à 75 % pour les dons aux organismes d'aide aux personnes en "
            "difficulté, jusqu'à 1~000 € de dons.",
        ]),
        Spacer(1, 8),
        step_band(4, "Formaliser la convention"),
        Spacer(1, 6),
        P("Les associations qui reçoivent plus de 23~000 € de subvention d'une autorité administrative "
          "doivent signer une convention d'objectifs (loi n° 2000-321 du 12 avril 2000). Pour un "
          "partenariat privé, prévoyez une durée de 3 ans avec un bilan annuel : c'est la durée retenue par "
          "61 % des conventions signées dans notre réseau en 2024.", body),
        bon_a_savoir([
            "Une association qui reçoit plus de 153~000 € de dons ou de subventions dans l'année doit nommer "
            "un commissaire aux comptes et publier ses comptes. En 2024, 12 % des associations de notre "
            "réseau étaient dans ce cas.",
        ]),
        Spacer(1, 8),
        P("À vérifier avant la signature", tcap),
        Paragraph(typo("l'objet de l'alliance et les publics visés ;"), bul, bulletText="–"),
        Paragraph(typo("la contribution de chaque partenaire, en temps comme en argent ;"), bul, bulletText="–"),
        Paragraph(typo("les indicateurs de suivi et la date du premier bilan."), bul, bulletText="–"),
        Spacer(1, 6),
        P("Une convention claire protège les partenaires autant qu'elle les engage. Prévoyez aussi les "
          "conditions de sortie : une alliance qui s'arrête proprement laisse la porte ouverte à une "
          "coopération future. En cas de doute sur le régime fiscal applicable, l'administration peut être "
          "interrogée par la procédure de rescrit.", body),
    ]
    frame_page(6, story)

    # --- page 3 (imprimée 7)
    story = [
        step_band(5, "Évaluer et faire connaître"),
        Spacer(1, 6),
        P("Mesurez l'effet de l'alliance sur les publics : en 2015, les Français attendaient des "
          "partenariats un impact fort sur l'emploi (49 %) et sur l'éducation (36 %). Appuyez-vous sur la "
          "charte du faire alliance, lancée le 30 novembre 2021 et pilotée par la Fondation des "
          "Territoires, qui réunit aujourd'hui 21 co-fondateurs.", body),
        P("Tableau – Grille d'auto-évaluation des alliances du réseau (note sur 10)", tcap),
        data_table([
            ["Critère", "Moyenne 2024", "Objectif 2026"],
            ["Gouvernance partagée", "6,8", "7,5"],
            ["Objectifs communs", "7,4", "8,0"],
            ["Suivi des résultats", "5,9", "7,0"],
            ["Communication", "6,2", "7,0"],
        ], [230, 120, 120], header_bg=VERT),
        P("Notes de 0 à 10 attribuées par les 64 binômes association-entreprise suivis en 2024.", small),
        P("Le suivi des résultats reste le point faible : beaucoup d'alliances se contentent d'un bilan "
          "qualitatif, faute d'indicateurs définis au départ. Choisissez-en peu, mais suivez-les "
          "régulièrement, et partagez-les avec vos partenaires.", body),
        bon_a_savoir([
            "Le Fonds ODD 17 finance des expérimentations territoriales : 1,5 M€ sur 3 ans et 350 "
            "catalyseurs territoriaux.",
            "Contact : Observatoire des partenariats, 01 23 45 67 89.",
        ]),
        Spacer(1, 8),
        P("Pour aller plus loin", tcap),
        P("Les fiches-repères de l'Observatoire, la plateforme de méthodes et d'outils consacrée à l'ODD 17 "
          "et les retours d'expérience publiés dans La Lettre des alliances complètent ce guide. Faites "
          "connaître votre alliance : un exemple bien documenté en inspire souvent d'autres.", body),
    ]
    frame_page(7, story)
    c.save()


# ---------------------------------------------------------------------------
# 05 — Lettre d'information (3 pages A4, trois colonnes)
# ---------------------------------------------------------------------------
def doc_lettre(path):
    W, H = A4
    c = Canvas(path, pagesize=A4)
    c.setTitle("La Lettre des alliances, n° 37, mai 2025")
    c.setAuthor("Observatoire des partenariats")
    body = S("lbody", fontName="DS", fontSize=9.4, leading=13.2, alignment=TA_LEFT, spaceAfter=5)
    rub = S("lrub", fontName="DVB", fontSize=9.5, leading=12, textColor=ORANGE, spaceBefore=2, spaceAfter=4)
    h3 = S("lh3", fontName="DVB", fontSize=8.9, leading=11.4, textColor=BLEU, spaceAfter=2)
    big = S("lbig", fontName="DVB", fontSize=38, leading=42, textColor=ORANGE, alignment=TA_CENTER)
    bigu = S("lbigu", fontName="DV", fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=3)
    agenda = S("lagenda", fontName="DC", fontSize=9.2, leading=12.6, spaceAfter=5)
    quote = S("lquote", fontName="DSI", fontSize=10, leading=13.6, textColor=BLEU, spaceAfter=5)
    bul = S("lbul", fontName="DS", fontSize=9.4, leading=13, leftIndent=10, bulletIndent=1, spaceAfter=2)
    small = S("lsmall", fontName="DCI", fontSize=7.4, leading=9.6, textColor=GRIS, spaceAfter=3)

    L, R = 46, W - 46
    GAP = 14
    CW = (R - L - 2 * GAP) / 3.0

    def columns(num, cols, top):
        for i, col in enumerate(cols):
            x = L + i * (CW + GAP)
            fill(c, x, 56, CW, top - 56, col, name="lettre p%d col %d" % (num, i + 1))
        c.setStrokeColor(colors.HexColor("#c9d1d9"))
        c.setLineWidth(0.5)
        for i in (1, 2):
            x = L + i * (CW + GAP) - GAP / 2.0
            c.line(x, 60, x, top - 4)
        c.setStrokeColor(BLEU)
        c.line(L, 48, R, 48)
        c.setFillColor(GRIS)
        c.setFont("DV", 7.6)
        c.drawString(L, 36, typo("Observatoire des partenariats – Le RAMEAU"))
        c.setFont("DVB", 9)
        c.drawRightString(R, 36, str(num))
        c.showPage()

    def running_head():
        c.setFont("DVB", 9)
        c.setFillColor(BLEU)
        c.drawString(L, H - 40, "La Lettre des alliances")
        c.setFont("DV", 8)
        c.setFillColor(GRIS)
        c.drawRightString(R, H - 40, typo("n° 37 · mai 2025"))
        c.setStrokeColor(BLEU)
        c.setLineWidth(0.8)
        c.line(L, H - 46, R, H - 46)

    def encadre(flow):
        return box(flow, CW - 12, FOND, pad=6)

    def photo():
        t = Table([[Paragraph(typo("Photo : Martine Leroux lors d'un atelier"), small)]],
                  colWidths=[CW], rowHeights=[120])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#d9dee3")),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
        return t

    # --- page 1 : manchette
    c.setFillColor(BLEU)
    c.rect(L, H - 110, R - L, 72, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 24)
    c.drawString(L + 14, H - 74, "La Lettre des alliances")
    c.setFont("DV", 9.5)
    c.drawString(L + 14, H - 96, typo("Observatoire des partenariats · n° 37 · mai 2025"))
    c.setFont("DV", 8.5)
    c.drawRightString(R - 14, H - 96, typo("Lettre d'information trimestrielle"))
    col1 = [
        P("Édito", rub),
        P("En 2015, 69 % des Français reconnaissaient déjà un « devoir d'alliance » aux acteurs de leur "
          "territoire. Nos dernières mesures en comptent 81 %, et les maires suivent le mouvement.", body),
        P("Ce numéro donne la parole à celles et ceux qui font vivre ces alliances au quotidien : élus, "
          "chefs d'entreprise, responsables associatifs et bénévoles. Leurs témoignages disent mieux que "
          "nos enquêtes ce que coopérer veut dire, concrètement, sur un territoire. Bonne lecture !", body),
        P("— Laurence Weber, directrice générale", small),
        P("Brèves", rub),
        P("Hauts-de-France", h3),
        P("Le baromètre régional 2024 des alliances (1~250 répondants) montre que 58 % des habitants et "
          "77 % des élus jugent utile de coopérer avec les entreprises locales.", body),
        P("Charte du faire alliance", h3),
        P("Lancée le 30 novembre 2021 à Saint-Maurice, à l'occasion du Giving Tuesday, la charte continue de "
          "recueillir des signatures. Elle propose un « contrat de confiance » entre acteurs d'un même "
          "territoire, fondé sur la réciprocité et la transparence.", body),
    ]
    col2 = [
        P("Normandie", h3),
        P("Le 11<super>e</super> rapport régional de l'Observatoire est consacré à la Normandie. Dans la "
          "région, 62 % des associations employeuses interrogées déclarent un partenariat avec une "
          "entreprise, contre 53 % à l'échelle nationale en 2016.", body),
        P("Les auteurs y voient l'effet d'un tissu économique dense de petites entreprises, très présentes "
          "dans la vie locale, et d'une longue tradition de coopération entre communes rurales.", body),
        P("Fondations", h3),
        P("L'étude IMPACT – Fondations & Territoires a interrogé 42 fondations. Les deux tiers d'entre "
          "elles financent déjà des projets co-construits avec une collectivité.", body),
        P("L'étude montre aussi que les fondations se voient de plus en plus comme des partenaires à part "
          "entière des projets de territoire, et non comme de simples financeurs. Elles demandent en retour "
          "une gouvernance partagée et des indicateurs de suivi communs.", body),
        P("Rencontres", h3),
        P("Les rencontres régionales reprennent à l'automne. Le programme détaillé sera publié dans notre "
          "prochain numéro et sur le site de l'Observatoire.", body),
    ]
    col3 = [
        encadre([
            P("Le chiffre du mois", rub),
            P("302", big),
            P("maires ont répondu à l'enquête IMPACTS & TRAJECTOIRES – Élus locaux, à l'automne 2024.", bigu),
            P("Parmi eux, 84 % dirigent une commune de moins de 2~000 habitants, et 91 % voient leur "
              "territoire en mouvement.", bigu),
        ]),
        Spacer(1, 8),
        P("Sommaire", rub),
        Paragraph(typo("Agenda des rencontres, page 2"), bul, bulletText="›"),
        Paragraph(typo("Dossier : les partenaires des associations, page 2"), bul, bulletText="›"),
        Paragraph(typo("Portrait d'un bénévole, page 3"), bul, bulletText="›"),
        Spacer(1, 8),
        P("Vous aussi, racontez-nous votre alliance : les meilleurs retours d'expérience seront publiés "
          "dans nos prochains numéros et sur la plateforme de l'Observatoire.", body),
        P("À lire aussi", rub),
        P("Dans les Cahiers de l'Observatoire, une revue de littérature relit les enquêtes consacrées aux "
          "alliances et rappelle, pour chacune, l'année où elle a été conduite. Un outil précieux pour "
          "éviter de comparer des chiffres qui ne mesurent pas la même chose.", body),
        P("Sur le site de l'Observatoire, retrouvez les supports des dernières rencontres régionales, "
          "dont les diapositives présentées à Lille au printemps.", body),
    ]
    columns(1, [col1, col2, col3], H - 124)

    # --- page 2 : agenda et dossier
    running_head()
    col1 = [
        P("Agenda", rub),
        P("<b>20 mai 2025</b> – Webinaire « L'ODD 17 en pratique », 6<super>e</super> session, de 11 h à "
          "12 h. 150 inscrits à ce jour.", agenda),
        P("<b>5 juin 2025</b> – 4<super>e</super> dîner « Élus & Entreprises », Paris : 40 places, "
          "réservées aux maires et aux dirigeants.", agenda),
        P("<b>18 juin 2025</b> – Rencontre régionale, Maison de la vie associative, 18 rue "
          "Sainte-Catherine, 33000 Bordeaux. 120 participants attendus.", agenda),
        P("Inscriptions : 05 56 00 12 34.", small),
        P("Dans notre numéro 31", rub),
        P("Nous annoncions alors 11 territoires pionniers engagés dans le parcours de co-construction ; "
          "huit d'entre eux ont depuis signé une convention avec leur préfecture.", body),
        P("Les autres poursuivent la démarche à leur rythme. Tous témoignent de la même difficulté : "
          "trouver le temps de coordonner des acteurs qui n'ont pas l'habitude de travailler ensemble.",
          body),
        P("« Le plus dur n'est pas de convaincre, c'est de tenir dans la durée », résume une chargée de "
          "mission d'un territoire pionnier.", quote),
        P("Pour les aider, l'Observatoire prépare une boîte à outils commune : trames de convention, "
          "grilles d'évaluation et exemples de gouvernance partagée.", body),
    ]
    col2 = [
        P("Dossier – Les partenaires des associations", rub),
        P("Qui s'allie avec qui ? Les enquêtes successives de l'Observatoire dessinent un paysage où les "
          "collectivités dominent.", body),
        P("Part des associations ayant un partenariat, par type de partenaire", h3),
        data_table([
            ["Partenaire", "2016", "IMPACT"],
            ["Collectivités", "74 %", "89 %"],
            ["Associations", "72 %", "73 %"],
            ["Enseignement", "47 %", "70 %"],
            ["Entreprises", "28 %", "–"],
        ], [CW - 100, 50, 50], font_size=7.8),
        P("2016 : associations interrogées ; IMPACT : associations employeuses.", small),
        P("Les écarts entre les deux colonnes tiennent en partie aux publics interrogés : l'enquête de 2016 "
          "portait sur l'ensemble des associations, le programme IMPACT sur les seules associations "
          "employeuses, mieux outillées pour nouer des partenariats.", body),
        P("Les entreprises, absentes de la liste d'IMPACT, restent un partenaire minoritaire mais recherché.",
          body),
        P("Les établissements d'enseignement progressent nettement : écoles, collèges et lycées ouvrent "
          "plus volontiers leurs portes aux associations de leur quartier, notamment pour l'orientation et "
          "la découverte des métiers.", body),
        P("Les associations interrogées décrivent enfin des partenariats plus formalisés qu'autrefois, avec "
          "des conventions écrites et des bilans partagés.", body),
    ]
    col3 = [
        P("À l'échelle des territoires", h3),
        P("Les associations employeuses agissent d'abord localement (73 %), puis à l'échelle régionale "
          "(47 %). Les acteurs publics nationaux sont cités par 52 % d'entre elles, les collectifs "
          "d'associations par 56 %.", body),
        encadre([
            P("Le saviez-vous ?", rub),
            P("La moitié des associations au budget supérieur à 150~000 € avaient un partenaire entreprise "
              "en 2016, contre une sur cinq parmi celles de moins de 10~000 €.", body),
        ]),
        Spacer(1, 6),
        P("La taille n'explique pas tout : dans les territoires ruraux, de petites associations très "
          "ancrées localement nouent des partenariats durables avec les artisans et les commerçants de leur "
          "commune.", body),
        P("Méthode", h3),
        P("Les parts présentées dans ce dossier ne s'additionnent pas : une même association peut citer "
          "plusieurs types de partenaires. Les comparaisons entre enquêtes doivent être lues avec prudence, "
          "les questions posées n'étant pas formulées de la même façon.", body),
    ]
    columns(2, [col1, col2, col3], H - 58)

    # --- page 3 : portrait
    running_head()
    col1 = [
        P("Portrait", rub),
        P("Martine Leroux, bénévole chez Tremplin Emploi", h3),
        photo(),
        Spacer(1, 6),
        P("Ancienne responsable des ressources humaines, Martine a rejoint l'association amiénoise en 2017. "
          "Depuis, elle a accompagné 46 demandeurs d'emploi, dont 31 ont retrouvé un poste.", body),
        P("« Le partenariat avec quatre entreprises du bassin a tout changé : elles ouvrent leurs portes à "
          "nos candidats. »", quote),
        P("Chaque semaine, elle anime un atelier de préparation aux entretiens et met en relation les "
          "candidats avec les recruteurs des entreprises partenaires. « Ce qui compte, c'est la confiance : "
          "les entreprises savent que nous connaissons bien les personnes que nous leur présentons. »",
          body),
    ]
    col2 = [
        P("L'association en bref", h3),
        Paragraph(typo("85 bénévoles et 6 salariés ;"), bul, bulletText="•"),
        Paragraph(typo("un budget de 240~000 €, financé à 35 % par le mécénat ;"), bul, bulletText="•"),
        Paragraph(typo("12 ans d'existence."), bul, bulletText="•"),
        Spacer(1, 6),
        encadre([
            P("Le saviez-vous ?", rub),
            P("Pour sortir de la crise sanitaire, 81 % des Français et 84 % des dirigeants de TPE et de PME "
              "jugeaient utile de co-construire. Plus de 250 données ont été rassemblées pour éclairer "
              "l'action (novembre 2020).", body),
        ]),
        Spacer(1, 6),
        P("Pour Martine, ces chiffres ne disent pas tout : « Derrière chaque partenariat, il y a des "
          "personnes qui se font confiance. C'est cela qu'il faut entretenir. »", body),
        P("L'association cherche de nouveaux bénévoles pour accompagner les candidats dans leurs démarches "
          "et animer les ateliers collectifs.", body),
    ]
    col3 = [
        P("Publications", rub),
        P("Les Cahiers de l'Observatoire n° 4 : une revue de littérature qui relit quinze ans d'enquêtes.", body),
        P("Le guide pratique « Construire une alliance association–entreprise », édition 2025, est "
          "disponible gratuitement sur demande.", body),
        Spacer(1, 6),
        P("Prochain numéro", rub),
        P("Un dossier consacré aux fondations territoriales et à leur rôle dans les alliances locales, "
          "avec les premiers enseignements des rencontres de l'automne.", body),
        P("Écrivez-nous", rub),
        P("Vos questions, vos suggestions et vos retours d'expérience sont les bienvenus : ils nourrissent "
          "chaque numéro de la Lettre.", body),
        Spacer(1, 6),
        P("Directrice de la publication : Laurence Weber. ISSN 2825-0147. Abonnement gratuit.", small),
    ]
    columns(3, [col1, col2, col3], H - 58)
    c.save()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    doc_revue(os.path.join(out, "obs-s95-01-revue-litterature.pdf"))
    doc_pv(os.path.join(out, "obs-s95-02-proces-verbal-ag.pdf"))
    doc_slides(os.path.join(out, "obs-s95-03-diapositives.pdf"))
    doc_guide(os.path.join(out, "obs-s95-04-guide-pratique.pdf"))
    doc_lettre(os.path.join(out, "obs-s95-05-lettre-information.pdf"))


if __name__ == "__main__":
    main()
