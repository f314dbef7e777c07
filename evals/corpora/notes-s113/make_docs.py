# -*- coding: utf-8 -*-
"""Corpus notes-s113 : cinq PDF fictifs « à la manière » des publications de l'Observatoire des partenariats.

Exécution : /work/main/.venv/bin/python make_docs.py
Les PDF sont écrits dans le dossier de ce script. Sortie déterministe (rl_config.invariant = 1,
métadonnées titre/auteur/producteur vides) : deux exécutions donnent des fichiers identiques octet pour octet.
Tous les organismes, personnes, lieux et chiffres non repris de /work/shared/facts.md sont inventés
(liste dans README.md).
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"


def nb(s):
    """Espaces insécables de la typographie française (évite les coupures « 84 / % », « 148 / 000 »)."""
    s = re.sub(r"(\d) (\d{3})(?!\d)", "\\1" + NB + "\\2", s)
    s = re.sub(r"(\d) (\d{3})(?!\d)", "\\1" + NB + "\\2", s)
    s = re.sub(r" (%|€|M€|»|:|;|\?|!)", NB + "\\1", s)
    s = s.replace("« ", "«" + NB)
    s = s.replace("n = ", "n" + NB + "=" + NB)
    s = re.sub(r"(§|n°|p\.) (?=\d)", "\\1" + NB, s)
    return s


# ---------------------------------------------------------------- styles
BLEU = colors.HexColor("#1f4e79")
GRIS = colors.HexColor("#eef2f6")
SABLE = colors.HexColor("#fbf3e4")

ST = {
    "titre": ParagraphStyle("titre", fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=BLEU,
                            spaceAfter=8),
    "stitre": ParagraphStyle("stitre", fontName="Helvetica-Oblique", fontSize=11, leading=14, spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=BLEU,
                         spaceBefore=8, spaceAfter=4),
    "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6,
                         spaceAfter=2),
    "corps": ParagraphStyle("corps", fontName="Helvetica", fontSize=10, leading=13.2, spaceAfter=5),
    "puce": ParagraphStyle("puce", fontName="Helvetica", fontSize=10, leading=13, leftIndent=12,
                           bulletIndent=2, spaceAfter=3),
    "petit": ParagraphStyle("petit", fontName="Helvetica", fontSize=8, leading=10, spaceAfter=2),
    "note": ParagraphStyle("note", fontName="Helvetica", fontSize=7.8, leading=9.6, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=10.4),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.6, leading=10.4),
    "chiffre": ParagraphStyle("chiffre", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=BLEU,
                              alignment=TA_CENTER),
    "legende": ParagraphStyle("legende", fontName="Helvetica", fontSize=9, leading=11, alignment=TA_CENTER),
    "citation": ParagraphStyle("citation", fontName="Helvetica-Oblique", fontSize=10.5, leading=14),
    "signature": ParagraphStyle("signature", fontName="Helvetica", fontSize=8.5, leading=11, spaceBefore=3),
    "para": ParagraphStyle("para", fontName="Helvetica", fontSize=10, leading=13.4, spaceAfter=6,
                           leftIndent=0),
}


def P(text, style="corps", **kw):
    return Paragraph(nb(text), ST[style] if isinstance(style, str) else style, **kw)


def puce(text):
    return Paragraph(nb(text), ST["puce"], bulletText="\u2022")


def encadre(flowables, width, fond=GRIS, bord=BLEU):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, bord),
        ("BACKGROUND", (0, 0), (-1, -1), fond),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def tableau(rows, widths, entete=1, style_extra=(), cellstyle="cell", align_num=1):
    data = []
    for i, row in enumerate(rows):
        r = []
        for c in row:
            if isinstance(c, str):
                r.append(Paragraph(nb(c), ST["cellb" if i < entete else cellstyle]))
            else:
                r.append(c)
        data.append(r)
    t = Table(data, colWidths=widths, repeatRows=entete)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9b8")),
        ("BACKGROUND", (0, 0), (-1, entete - 1), GRIS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    cmds.extend(style_extra)
    t.setStyle(TableStyle(cmds))
    return t


def histogramme(valeurs, etiquettes, graduations, largeur, hauteur, titre):
    """Barres verticales sans valeur imprimée ; seules les graduations de l'axe portent des nombres."""
    d = Drawing(largeur, hauteur)
    x0, y0, haut = 40, 22, hauteur - 44
    vmax = graduations[-1]
    d.add(String(0, hauteur - 12, titre, fontName="Helvetica-Bold", fontSize=8.5))
    for g in graduations:
        y = y0 + haut * g / vmax
        d.add(Line(x0, y, largeur - 10, y, strokeColor=colors.HexColor("#cccccc"), strokeWidth=0.4))
        d.add(String(x0 - 6, y - 3, str(g), fontName="Helvetica", fontSize=7.5, textAnchor="end"))
    pas = (largeur - x0 - 20) / len(valeurs)
    for i, (v, e) in enumerate(zip(valeurs, etiquettes)):
        x = x0 + 10 + i * pas
        if v:
            d.add(Rect(x, y0, pas * 0.55, haut * v / vmax, fillColor=BLEU, strokeColor=None))
        d.add(String(x + pas * 0.27, y0 - 12, e, fontName="Helvetica", fontSize=7.5, textAnchor="middle"))
    return d


def barres_empilees(series, largeur, titre):
    """Barres horizontales empilées (accord → désaccord) ; axe gradué de 0 à 100 %."""
    teintes = [colors.HexColor(c) for c in ("#1f4e79", "#6f9fcf", "#e6a75c", "#b5482c")]
    hauteur = 40 + 26 * len(series) + 26
    d = Drawing(largeur, hauteur)
    x0, x1 = 150, largeur - 10
    d.add(String(0, hauteur - 12, titre, fontName="Helvetica-Bold", fontSize=8.5))
    for k, (nom, parts) in enumerate(series):
        y = hauteur - 44 - 26 * k
        d.add(String(0, y + 5, nom, fontName="Helvetica", fontSize=8))
        x = x0
        for part, teinte in zip(parts, teintes):
            w = (x1 - x0) * part / 100.0
            d.add(Rect(x, y, w, 16, fillColor=teinte, strokeColor=colors.white, strokeWidth=0.5))
            x += w
    ya = hauteur - 44 - 26 * (len(series) - 1) - 12
    d.add(Line(x0, ya, x1, ya, strokeWidth=0.5))
    for g in (0, 25, 50, 75, 100):
        x = x0 + (x1 - x0) * g / 100.0
        d.add(Line(x, ya, x, ya - 3, strokeWidth=0.5))
        d.add(String(x, ya - 12, "%d\u00a0%%" % g, fontName="Helvetica", fontSize=7.5, textAnchor="middle"))
    legende = ["Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord", "Pas du tout d'accord"]
    x = x0
    for lib, teinte in zip(legende, teintes):
        d.add(Rect(x, 2, 8, 8, fillColor=teinte, strokeColor=None))
        d.add(String(x + 11, 3, lib, fontName="Helvetica", fontSize=7.2))
        x += (x1 - x0) / 4.0
    return d


def make_doc(name, pagesize, templates):
    path = os.path.join(HERE, name)
    doc = BaseDocTemplate(path, pagesize=pagesize, title="", author="", subject="", creator="",
                          producer="", keywords="", invariant=1,
                          leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=18 * mm)
    doc.addPageTemplates(templates(doc))
    return doc


def entete_pied(haut, bas_fn, pagesize):
    w, h = pagesize

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(18 * mm, h - 11 * mm, haut)
        canv.setStrokeColor(BLEU)
        canv.setLineWidth(0.6)
        canv.line(18 * mm, h - 13 * mm, w - 18 * mm, h - 13 * mm)
        canv.restoreState()

    def on_page_end(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        gauche, droite = bas_fn(doc.page)
        canv.line(18 * mm, 13 * mm, w - 18 * mm, 13 * mm)
        if gauche:
            canv.drawString(18 * mm, 9 * mm, gauche)
        if droite:
            canv.drawRightString(w - 18 * mm, 9 * mm, droite)
        canv.restoreState()

    return on_page, on_page_end


# ====================================================================== 01 FAQ
def doc01():
    pagesize = A4
    W, H = pagesize
    haut = "Observatoire des partenariats \u2014 Les partenariats en questions \u2014 édition de mars 2025"
    on_page, on_end = entete_pied(haut, lambda n: ("Foire aux questions \u00b7 mars 2025", "%d/4" % n), pagesize)

    def templates(doc):
        lm, bm, fw, fh = doc.leftMargin, doc.bottomMargin, doc.width, doc.height
        une = Frame(lm, bm, fw, fh, id="une")
        gap = 8 * mm
        cw = (fw - gap) / 2
        deux = [Frame(lm, bm, cw, fh, id="g"), Frame(lm + cw + gap, bm, cw, fh, id="d")]
        return [PageTemplate("une", [une], onPage=on_page, onPageEnd=on_end),
                PageTemplate("deux", deux, onPage=on_page, onPageEnd=on_end)]

    doc = make_doc("obs-s113-01-faq.pdf", pagesize, templates)
    fw = doc.width
    s = []
    # ---- page 1
    s.append(P("Les partenariats en questions", "titre"))
    s.append(P("Associations, entreprises, collectivités, fondations : les réponses courtes de l'Observatoire "
               "aux questions qu'on nous pose le plus souvent. Chaque chiffre est suivi de sa source et de "
               "l'année de son enquête ; les renvois (→ Q7) signalent une réponse liée.", "stitre"))
    s.append(encadre([
        P("<b>Repères</b>", "h3"),
        puce("Le RAMEAU : laboratoire de recherche empirique créé en 2006 ; plus de 1 000 exemples inspirants "
             "recensés."),
        puce("L'Observatoire des partenariats : créé en 2008 par la Caisse des Dépôts et Le RAMEAU ; plans "
             "quinquennaux ARPEA (2008-2012), PHARE (2013-2018) et IMPACT (2018-2022)."),
        puce("15 ans de recherche et 5 ans d'étude d'impact."),
    ], fw))
    s.append(Spacer(1, 8))
    s.append(P("Q1. Qu'entend-on par « partenariat » ?", "h2"))
    s.append(P("Une relation durable entre au moins deux organisations de natures différentes, qui mettent en "
               "commun des moyens au service d'un objectif d'intérêt général. Le RAMEAU a mené des "
               "expérimentations auprès de plus de 500 organisations depuis 2006."))
    s.append(P("Q2. Les Français y sont-ils favorables ?", "h2"))
    s.append(P("Largement, et depuis longtemps. En 2008, 86 % des Français jugeaient urgent de créer des "
               "partenariats ; ils étaient encore 84 % en 2012 (études ARPEA). En septembre 2015, l'enquête "
               "PHARE-Citoyens, menée auprès de plus de 2 000 personnes, mesurait à 69 % leur adhésion à un "
               "« devoir d'alliance ». Le chiffre diffusé plus récemment par Le RAMEAU, 81 % des Français, "
               "porte sur la même idée mais pas sur la même enquête (→ Q9)."))
    s.append(P("Comment lire ces réponses ?", "h2"))
    s.append(P("Les réponses s'appuient sur les enquêtes publiques de l'Observatoire des partenariats et du "
               "RAMEAU. Lorsque deux publications donnent des valeurs différentes pour une même idée, nous les "
               "citons toutes les deux, avec leur date, plutôt que d'en retenir une seule. Les populations "
               "interrogées ne sont pas toujours les mêmes : citoyens, responsables associatifs, dirigeants "
               "d'entreprise, maires ou élus locaux. Une part ne se lit donc jamais sans sa population."))
    s.append(P("Les questions ont été recueillies lors des rencontres territoriales, des webinaires et des "
               "échanges avec les réseaux associatifs. Elles seront complétées au fil des publications."))
    s.append(NextPageTemplate("deux"))
    s.append(PageBreak())
    # ---- page 2 (deux colonnes)
    s.append(P("Q3. Combien d'associations ont des partenaires ?", "h2"))
    s.append(P("Presque toutes les associations employeuses. L'étude IMPACT \u2013 Associations & Territoires "
               "(programme 2018-2022) évalue leur nombre à 148 000 et indique que 98 % d'entre elles ont au "
               "moins un partenaire. Les collectivités territoriales arrivent en tête (89 %), devant les "
               "structures d'intérêt général (73 %)."))
    s.append(P("Les responsables associatifs décrivent d'abord des partenariats de proximité, construits dans la "
               "durée avec la commune, l'école ou l'entreprise voisine. Le mécénat reste la porte d'entrée la "
               "plus fréquente, mais les coopérations économiques et les projets d'innovation sociétale "
               "progressent."))
    s.append(P("Q4. Les petites associations sont-elles concernées ?", "h2"))
    s.append(P("Moins souvent. Dans l'enquête de mai-juin 2016 (publiée en mars 2017), la moitié des "
               "associations dont le budget dépasse 150 000 € avaient un partenaire entreprise, contre 20 % de "
               "celles dont le budget est inférieur à 10 000 €. En moyenne, les associations citaient alors "
               "2,5 partenaires."))
    s.append(P("L'écart tient moins à la volonté qu'aux moyens : sans salarié, il est difficile de répondre à "
               "un appel à projets, de rendre compte à un mécène ou de suivre une convention."))
    s.append(FrameBreak())
    s.append(P("Q5. Et les entreprises ?", "h2"))
    s.append(P("En janvier 2011, l'étude ARPEA Entreprises & Territoires comptait 21 % d'entreprises engagées "
               "dans des partenariats avec des associations ; 33 % souhaitaient l'être et 46 % ne le "
               "souhaitaient pas. La note du 29 février 2016 situe à 37 % la part des entreprises d'au moins "
               "10 salariés partenaires d'une association (→ Q4 pour les associations)."))
    s.append(encadre([P("<b>Méthode</b> : les parts citées dans les Q3 à Q5 ne se comparent pas entre "
                        "elles ; les populations, les questions et les années diffèrent.", "petit")],
                     (fw - 8 * mm) / 2, fond=SABLE))
    s.append(Spacer(1, 8))
    s.append(P("Du côté des entreprises, la motivation première est l'ancrage territorial : recruter, "
               "fidéliser les salariés, comprendre les besoins des habitants. Les plus petites s'engagent "
               "souvent sans le formaliser, par un prêt de locaux ou un coup de main ponctuel, ce que les "
               "enquêtes saisissent mal."))
    s.append(NextPageTemplate("une"))
    s.append(PageBreak())
    # ---- page 3
    s.append(P("Q6. Que pensent les maires ?", "h2"))
    s.append(P("Ce sont les plus convaincus. En 2016, l'enquête PHARE-Institutions établissait que 87 % d'entre "
               "eux voyaient dans les partenariats une source d'innovation, plus que les responsables "
               "associatifs (86 %) et les dirigeants d'entreprise (81 %). Dans le programme IMPACT "
               "(2018-2022), 76 % des maires jugent leur territoire engagé, mais 46 % ne savent pas piloter "
               "ces alliances."))
    s.append(P("Les maires se décrivent volontiers comme des assembliers : ils connaissent les acteurs, disposent "
               "de lieux et de relais, mais manquent de temps d'ingénierie pour animer la durée. C'est là que les "
               "réseaux d'appui et les fondations territoriales trouvent leur place."))
    s.append(P("Q7. Et les maires des petites communes ?", "h2"))
    s.append(P("L'enquête IMPACTS & TRAJECTOIRES \u2013 Élus locaux a interrogé par téléphone 302 maires, du "
               "30 septembre au 28 octobre 2024, et ses résultats ont été publiés en novembre 2024. Parmi eux, "
               "84 % administrent une commune de moins de 2 000 habitants. Neuf sur dix (91 %) voient leur "
               "territoire « en mouvement » : 35 % fortement, 56 % ni plus ni moins."))
    s.append(P("Dans les petites communes, l'alliance prend souvent la forme d'un collectif informel réuni "
               "autour d'un projet précis : une épicerie solidaire, une mobilité partagée, un tiers-lieu. La "
               "mairie y joue un rôle de facilitatrice plus que de financeur."))
    s.append(Spacer(1, 6))
    s.append(encadre([
        P("<b>À ne pas confondre</b>", "h3"),
        P("Le 84 % des maires de la Q7 décrit la taille de leur commune ; il n'a rien à voir avec le "
          "84 % des Français de 2012 cité en Q2.", "corps"),
    ], fw * 0.72, fond=SABLE, bord=colors.HexColor("#b07d2b")))
    s.append(PageBreak())
    # ---- page 4
    s.append(P("Q8. Combien coûte une alliance ?", "h2"))
    s.append(P("Cela dépend de son ambition. Les alliances locales suivies par l'Observatoire mobilisent de "
               "30 000 à 80 000 € par an. À une autre échelle, le Fonds ODD 17, co-créé en 2020 par Le RAMEAU "
               "et la Fondation TotalEnergies, a été doté de 1,5 M€ pour une expérimentation sur 3 ans ; elle "
               "s'appuie sur 350 « catalyseurs territoriaux »."))
    s.append(P("Q9. Pourquoi le « devoir d'alliance » n'a-t-il pas le même chiffre partout ?", "h2"))
    s.append(P("Parce que les chiffres ne viennent pas de la même enquête. Le 69 % date de PHARE-Citoyens "
               "(septembre 2015). Le 81 %, plus récent, accompagne la proposition de loi sur le droit de "
               "l'alliance d'intérêt général, avec 92 % des maires et 84 % des dirigeants d'entreprise. "
               "Citez toujours l'année : selon la publication, on lit aussi 74 % ou 69 % pour la part des "
               "Français qui voient dans les partenariats une source d'innovation."))
    s.append(P("Q10. Où trouver les données ?", "h2"))
    s.append(P("Les études de l'Observatoire sont publiées en accès libre et résumées dans des fiches-repères. "
               "La plateforme www.odd17.org rassemble méthodes, exemples, données, outils et compétences "
               "(M.E.D.O.C.). Pour toute réutilisation, citez la source, l'année de l'enquête et la population "
               "interrogée."))
    s.append(Spacer(1, 10))
    s.append(encadre([
        P("<b>Pour aller plus loin</b>", "h3"),
        P("Centre de ressources Alliances & Territoires \u2014 27, rue des Tanneurs, 69007 Lyon \u2014 "
          "tél. 04 78 00 27 13, du lundi au vendredi.", "petit"),
    ], fw))
    doc.build(s)


# ====================================================================== 02 tableau de bord
def doc02():
    pagesize = landscape(A4)
    haut = ("Programme Cap Alliances \u2014 Tableau de bord trimestriel 2025 \u2014 situation au "
            "30 septembre 2025")
    on_page, on_end = entete_pied(haut, lambda n: ("Édité le 14 octobre 2025 \u00b7 Comité de pilotage",
                                                   "page %d/4" % n), pagesize)

    def templates(doc):
        return [PageTemplate("une", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                             onPage=on_page, onPageEnd=on_end)]

    doc = make_doc("obs-s113-02-tableau-de-bord.pdf", pagesize, templates)
    fw = doc.width
    entetes = ["Indicateur", "Unité", "T1", "T2", "T3", "T4", "Cible annuelle", "Réalisé au 30/09",
               "Taux d'atteinte", "Écart à la cible", "Commentaire"]
    widths = [140, 48, 42, 42, 42, 32, 52, 56, 52, 56, 178]
    num = [("ALIGN", (2, 1), (9, -1), "RIGHT")]
    s = []
    # ---- page 1 : synthèse
    s.append(P("Tableau de bord T3 2025 \u2014 Synthèse", "titre"))
    s.append(P("Cap Alliances accompagne depuis 2023 des coopérations entre associations, entreprises et "
               "communes du bassin de Vernolles."))
    s.append(P("À la fin du troisième trimestre, le programme a accompagné 46 structures, pour une cible "
               "annuelle de 60 : le taux d'atteinte est de 77 %, en avance de 2 points sur la trajectoire de "
               "2024 au même stade."))
    s.append(P("Le budget engagé atteint 412 500 € sur les 600 000 € votés (69 %)."))
    s.append(P("Les bénévoles formés et la couverture des communes de moins de 3 500 habitants accusent un "
               "retard de plus de 10 points (→ fiches 2.1 et 2.2)."))
    s.append(P("Faits marquants du trimestre", "h3"))
    s.append(puce("Signature d'une convention avec la chambre de métiers pour l'accueil d'apprentis."))
    s.append(puce("Lancement du réseau des référents communaux, animé par la Métropole de Vernolles."))
    s.append(puce("Report de la session de formation des bénévoles prévue pendant l'été."))
    s.append(Spacer(1, 10))
    s.append(P("Chiffres clés au 30 septembre 2025", "h2"))
    cles = [("1 284", "personnes bénéficiaires"), ("8,3/10", "satisfaction moyenne des structures"),
            ("17", "communes couvertes"), ("12", "entreprises mécènes")]
    t = Table([[[P(a, "chiffre"), P(b, "legende")] for a, b in cles]], colWidths=[fw / 4] * 4)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, BLEU), ("INNERGRID", (0, 0), (-1, -1), 0.4, BLEU),
                           ("BACKGROUND", (0, 0), (-1, -1), GRIS), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(P("Points de vigilance : la charge des référents communaux reste mal évaluée et le recrutement d'un "
               "formateur conditionne le rattrapage de l'axe 2.", "corps"))
    s.append(P("Fiches détaillées : axe 1 (p. 2), axe 2 (p. 3), axe 3 (p. 4).", "petit"))
    s.append(PageBreak())
    # ---- page 2 : axe 1
    s.append(P("Axe 1 \u2014 Accompagner les structures", "h2"))
    s.append(tableau([
        entetes,
        ["1.1 Structures accompagnées", "nombre", "14", "17", "15", "\u2014", "60", "46", "77 %", "\u221214",
         "Creux estival ; rattrapage attendu au T4."],
        ["1.2 Satisfaction des structures", "note sur 10", "\u2014", "8,1", "8,4", "\u2014", "8,0", "8,3",
         "\u2014", "+0,3", "Enquête semestrielle ; objectif dépassé."],
    ], widths, style_extra=num))
    s.append(Spacer(1, 6))
    s.append(P("Lecture : au T2, la note moyenne de satisfaction était de 8,1 sur 10.", "petit"))
    s.append(P("Taux d'atteinte = réalisé / cible annuelle. Écart = réalisé \u2212 cible ; pour une note, "
               "l'écart est exprimé en points de note.", "petit"))
    s.append(Spacer(1, 10))
    s.append(histogramme([14, 31, 46, 0], ["T1", "T2", "T3", "T4"], [0, 20, 40, 60], 330, 150,
                         "Structures accompagnées, cumul par trimestre"))
    s.append(Spacer(1, 8))
    s.append(P("Analyse", "h3"))
    s.append(P("Le rythme d'accompagnement est régulier depuis le début de l'année ; le creux de l'été tient à la "
               "fermeture des structures partenaires. Les structures accueillies en liste d'attente seront "
               "reçues dès la rentrée, ce qui devrait permettre de tenir la cible. La satisfaction progresse "
               "d'une enquête à l'autre, portée par la qualité des binômes d'accompagnateurs."))
    s.append(PageBreak())
    # ---- page 3 : axe 2
    s.append(P("Axe 2 \u2014 Mobiliser le territoire", "h2"))
    s.append(tableau([
        entetes,
        ["2.1 Bénévoles formés", "nombre", "22", "40", "\u2014", "\u2014", "110", "62", "56 %", "\u221248",
         "Aucune session en juillet-août ; formateur recruté en septembre."],
        ["2.2 Communes de moins de 3 500 habitants couvertes*", "nombre", "\u2014", "5", "2", "\u2014", "12",
         "7", "58 %", "\u22125", "Retard : petites communes sans référent."],
    ], widths, style_extra=num))
    s.append(Spacer(1, 6))
    s.append(P("* Seuil retenu par le comité de pilotage du 7 mars 2025.", "petit"))
    s.append(Spacer(1, 8))
    s.append(P("Analyse", "h3"))
    s.append(P("La formation des bénévoles a été suspendue pendant l'été faute de formateur ; le recrutement "
               "intervenu en septembre permet de programmer des sessions rapprochées à l'automne. La couverture "
               "des petites communes bute sur l'absence de référent : le comité propose de mutualiser un "
               "référent entre communes voisines."))
    s.append(P("Actions correctives", "h3"))
    s.append(puce("Programmer des sessions de formation le samedi pour les bénévoles en activité."))
    s.append(puce("Proposer aux petites communes un référent partagé, financé par la Métropole."))
    s.append(puce("Présenter au prochain comité une révision éventuelle des cibles."))
    s.append(PageBreak())
    # ---- page 4 : axe 3
    s.append(P("Axe 3 \u2014 Budget et financements", "h2"))
    s.append(tableau([
        entetes,
        ["3.1 Dépenses engagées", "euros", "118 200", "151 300", "143 000", "\u2014", "600 000", "412 500",
         "69 %", "\u2212187 500", "Rythme conforme ; solde à engager au T4."],
    ], widths, style_extra=num))
    s.append(Spacer(1, 6))
    s.append(P("Lecture : au T2, 151 300 € ont été engagés.", "petit"))
    s.append(Spacer(1, 8))
    s.append(P("Financeurs 2025 (part du budget voté)", "h3"))
    s.append(tableau([
        ["Financeur", "Part"],
        ["Métropole de Vernolles", "40 %"],
        ["Fondation Solen", "25 %"],
        ["Entreprises mécènes", "20 %"],
        ["Fonds propres", "15 %"],
    ], [200, 60], style_extra=[("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    s.append(Spacer(1, 10))
    s.append(P("Analyse", "h3"))
    s.append(P("Les dépenses suivent le calendrier prévu ; le solde correspond aux formations reportées et aux "
               "frais de l'évènement de clôture. Aucun financeur n'a modifié son engagement depuis le vote du "
               "budget.", "corps"))
    s.append(Spacer(1, 6))
    s.append(P("Prochain comité de pilotage : 9 décembre 2025. Contact programme : 04 72 00 31 18.", "petit"))
    doc.build(s)


# ====================================================================== 03 étude de cas
def doc03():
    pagesize = A4
    haut = "Cahier des alliances territoriales n° 7 \u2014 Étude de cas \u2014 juin 2025"
    on_page, on_end = entete_pied(haut, lambda n: ("L'Alliance du Val d'Orsenne", "%d" % (11 + n)), pagesize)

    def templates(doc):
        lm, bm, fw, fh = doc.leftMargin, doc.bottomMargin, doc.width, doc.height
        gap = 8 * mm
        titre_h = 22 * mm
        cw_g = fw * 0.44
        cw_d = fw - cw_g - gap
        ch = fh - titre_h
        deux = [Frame(lm, bm + ch, fw, titre_h, id="titre"),
                Frame(lm, bm, cw_g, ch, id="g"),
                Frame(lm + cw_g + gap, bm, cw_d, ch, id="d")]
        return [PageTemplate("deux", deux, onPage=on_page, onPageEnd=on_end),
                PageTemplate("une", [Frame(lm, bm, fw, fh, id="une")], onPage=on_page, onPageEnd=on_end)]

    doc = make_doc("obs-s113-03-etude-de-cas.pdf", pagesize, templates)
    fw = doc.width
    s = []
    # ---- page 1 (titre + deux colonnes)
    s.append(P("L'Alliance du Val d'Orsenne : quatre ans pour faire territoire ensemble", "titre"))
    s.append(FrameBreak())
    s.append(P("Le territoire", "h2"))
    s.append(P("La communauté de communes du Val d'Orsenne regroupe 23 communes et 41 800 habitants ; 19 de ces "
               "communes comptent moins de 3 500 habitants."))
    s.append(P("L'alliance associe une association d'insertion, Relais Orsenne Emploi, une entreprise de "
               "menuiserie, les Menuiseries Castagné, la communauté de communes et la Fondation Rive Haute."))
    s.append(P("Son pari : partir des besoins des habitants plutôt que des dispositifs, et partager les "
               "décisions autant que les financements."))
    s.append(P("Les enjeux", "h2"))
    s.append(P("Le Val d'Orsenne cumule un chômage de longue durée plus élevé que la moyenne régionale, des "
               "entreprises artisanales qui peinent à recruter et des services publics éloignés des bourgs. "
               "L'alliance est née de ce constat partagé : aucun acteur ne pouvait y répondre seul."))
    s.append(P("La gouvernance repose sur un comité d'alliance où chaque partenaire dispose d'une voix, quelle "
               "que soit sa contribution financière."))
    s.append(FrameBreak())
    s.append(P("Chronologie", "h2"))
    chrono = [
        ("2019", "Diagnostic partagé : 64 structures rencontrées."),
        ("12 mars 2020", "Signature de la charte d'alliance par neuf partenaires fondateurs."),
        ("Janvier 2021", "Lancement du budget pluriannuel 2021-2024 (→ p. 13)."),
        ("30 novembre 2021", "Adhésion à la Charte du faire alliance, le jour de son lancement."),
        ("Septembre 2022", "Ouverture du 2<super>e</super> tiers-lieu, à Saint-Aubin-d'Orsenne."),
        ("2024", "Évaluation finale : 87 % des partenaires souhaitent poursuivre."),
        ("2025", "Nouvelle convention de 3 ans signée le 5 février."),
    ]
    cwd = fw - fw * 0.44 - 8 * mm
    s.append(tableau([[a, b] for a, b in chrono], [70, cwd - 70], entete=0,
                     style_extra=[("GRID", (0, 0), (-1, -1), 0, colors.white),
                                  ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9b8")),
                                  ("TEXTCOLOR", (0, 0), (0, -1), BLEU)]))
    s.append(NextPageTemplate("une"))
    s.append(PageBreak())
    # ---- page 2 : budget
    s.append(P("Un budget pluriannuel partagé", "h2"))
    s.append(P("Sur 2021-2024, l'alliance a mobilisé 900 000 € au total."))
    s.append(P("Budget annuel (en euros)", "h3"))
    s.append(tableau([
        ["Poste", "2021", "2022", "2023", "2024", "Total"],
        ["Budget total", "180 000", "240 000", "260 000", "220 000", "900 000"],
    ], [130, 64, 64, 64, 64, 70], style_extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s.append(Spacer(1, 8))
    s.append(P("Financeurs (part du total 2021-2024)", "h3"))
    s.append(tableau([
        ["Financeur", "Part"],
        ["Communauté de communes du Val d'Orsenne", "35 %"],
        ["Fondation Rive Haute", "25 %"],
        ["Région", "20 %"],
        ["Entreprises du territoire", "15 %"],
        ["Fonds propres des associations", "5 %"],
    ], [230, 60], style_extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s.append(Spacer(1, 8))
    s.append(P("La Fondation Rive Haute a apporté un quart du budget, soit 225 000 € ; elle s'est engagée pour "
               "2025-2027 à hauteur de 90 000 € par an."))
    s.append(P("Une gouvernance financière partagée", "h3"))
    s.append(P("Les financeurs siègent ensemble au comité d'alliance, qui arbitre chaque année la répartition "
               "des crédits entre les actions. Cette règle a évité la juxtaposition de projets financés "
               "séparément et a permis de reporter les crédits d'une action en retard vers une action en "
               "avance. Les entreprises du territoire contribuent aussi en nature, par des prêts de matériel "
               "et du mécénat de compétences, non valorisés dans le tableau ci-dessus."))
    s.append(PageBreak())
    # ---- page 3 : bénéficiaires
    s.append(P("Qui en a bénéficié ?", "h2"))
    s.append(P("De 2021 à 2024, 965 personnes ont bénéficié d'un accompagnement."))
    s.append(P("Bénéficiaires par public (cumul 2021-2024)", "h3"))
    s.append(tableau([
        ["Public", "Bénéficiaires", "Part du total"],
        ["Jeunes de 16 à 25 ans", "412", "43 %"],
        ["Demandeurs d'emploi de longue durée", "268", "28 %"],
        ["Personnes de plus de 60 ans", "190", "20 %"],
        ["Parents isolés", "95", "10 %"],
        ["Total", "965", "\u2014"],
    ], [210, 80, 80], style_extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                   ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
    s.append(Spacer(1, 8))
    s.append(P("Près des deux tiers des bénéficiaires sont des femmes. Parmi les jeunes, 58 % ont trouvé un "
               "emploi ou une formation dans l'année qui a suivi."))
    s.append(P("Les parts sont arrondies à l'unité ; leur somme peut différer du total.", "petit"))
    s.append(P("Des parcours plutôt que des dispositifs", "h3"))
    s.append(P("Chaque personne accompagnée dispose d'un référent unique, qui mobilise selon ses besoins "
               "l'atelier de menuiserie, le tiers-lieu ou les permanences de la communauté de communes. Les "
               "personnes âgées isolées ont surtout bénéficié des actions de mobilité et des ateliers "
               "numériques ; les parents isolés, de solutions de garde négociées avec les entreprises."))
    s.append(PageBreak())
    # ---- page 4 : témoignages
    s.append(P("Ils témoignent", "h2"))
    cites = [
        ("« Nous sommes passés de 3 à 11 salariés en insertion entre 2022 et 2024. »",
         "Hélène Marsac, directrice de Relais Orsenne Emploi"),
        ("« L'atelier a formé 26 apprentis depuis 2021 ; 7 travaillent encore chez nous. »",
         "Paul Castagné, gérant des Menuiseries Castagné"),
        ("« Sur nos 23 communes, 14 ont désormais un référent alliance, dont 9 de moins de 3 500 habitants. »",
         "Martine Lhérault, vice-présidente de la communauté de communes"),
    ]
    for c, who in cites:
        s.append(encadre([P(c, "citation"), P("\u2014 " + who, "signature")], fw * 0.85, fond=SABLE,
                         bord=colors.HexColor("#b07d2b")))
        s.append(Spacer(1, 8))
    s.append(P("Ce qu'il faut retenir", "h2"))
    s.append(puce("900 000 € mobilisés sur quatre ans."))
    s.append(puce("965 bénéficiaires accompagnés."))
    s.append(puce("87 % des partenaires prêts à poursuivre."))
    s.append(Spacer(1, 10))
    s.append(P("Contact : Relais Orsenne Emploi, 8 place du Marché, 36210 Saint-Aubin-d'Orsenne \u2014 "
               "02 54 00 48 12.", "petit"))
    doc.build(s)


# ====================================================================== 04 avis
def doc04():
    pagesize = A4
    haut = "Comité consultatif des coopérations territoriales \u2014 Avis n° 2025-03"
    on_page, on_end = entete_pied(
        haut, lambda n: ("Avis adopté en séance plénière le 17 avril 2025", "page %d" % (6 + n)), pagesize)
    note_h = 30 * mm

    def templates(doc):
        lm, bm, fw, fh = doc.leftMargin, doc.bottomMargin, doc.width, doc.height
        corps = Frame(lm, bm + note_h, fw, fh - note_h, id="corps")
        notes = Frame(lm, bm, fw, note_h, id="notes", topPadding=2)
        return [PageTemplate("avis", [corps, notes], onPage=on_page, onPageEnd=lambda c, d: (on_end(c, d),
                                                                                            trait(c, d)))]

    def trait(canv, doc):
        canv.saveState()
        canv.setLineWidth(0.5)
        y = doc.bottomMargin + note_h
        canv.line(doc.leftMargin, y, doc.leftMargin + 50 * mm, y)
        canv.restoreState()

    doc = make_doc("obs-s113-04-avis.pdf", pagesize, templates)
    fw = doc.width

    def para(num, text):
        return P("<b>%s</b> %s" % (num, text), "para")

    def note(num, text):
        return P("<super>%s</super> %s" % (num, text), "note")

    s = []
    # ---- page 1
    s.append(P("Avis sur le développement des alliances d'intérêt général dans les territoires", "titre"))
    s.append(P("Vu la loi n° 2023-1742 du 18 décembre 2023 relative aux alliances territoriales d'intérêt général ;", "petit"))
    s.append(P("Vu la saisine de la présidente du conseil régional du 4 février 2025 ;", "petit"))
    s.append(P("Le Comité, réuni en séance plénière, rend l'avis suivant.", "petit"))
    s.append(P("I. Constats", "h2"))
    s.append(para("1.", "Les alliances entre associations, entreprises, collectivités et fondations ne sont plus "
                  "l'exception : 98 % des associations employeuses déclarent au moins un "
                  "partenaire<super>1</super>. Elles prennent des formes très diverses, du mécénat de compétences à la "
                  "co-construction de services publics locaux."))
    s.append(para("2.", "Les élus y voient un levier d'action : 92 % des maires expriment un « besoin "
                  "d'alliance » et 64 % des élus locaux souhaitent s'appuyer sur le « jouer "
                  "collectif »<super>2</super>."))
    s.append(para("3.", "Les citoyens et les entreprises partagent ce constat : 81 % des Français évoquent un "
                  "« devoir d'alliance », 84 % des dirigeants d'entreprise une « envie "
                  "d'alliance »<super>2</super>."))
    s.append(para("4.", "Dans la région, le Comité a recensé 312 alliances actives en 2024, contre 187 en 2020, "
                  "soit une progression de 67 %."))
    s.append(para("5.", "Elles mobilisent près de 4 600 bénévoles et environ 1 150 salariés<super>3</super>."))
    s.append(FrameBreak())
    s.append(note("1", "Le RAMEAU, programme IMPACT (2018-2022), étude « Associations & Territoires »."))
    s.append(note("2", "Le RAMEAU, « Le droit à l'alliance d'intérêt général enfin reconnu », et dîner « Élus & "
                  "Entreprises » ; chiffres cités sans date d'enquête."))
    s.append(note("3", "Recensement du Comité, arrêté au 31 décembre 2024 ; 41 alliances n'ont pas répondu sur "
                  "leurs effectifs."))
    s.append(PageBreak())
    # ---- page 2
    s.append(para("6.", "Ces constats ne sont pas nouveaux. Dès 2008, 86 % des Français jugeaient urgent de "
                  "créer des partenariats ; en 2012, ils étaient 84 %<super>4</super>."))
    s.append(para("7.", "Les petites communes restent pourtant en retrait. Selon l'enquête conduite par le "
                  "Comité en janvier 2025 auprès de 214 maires<super>5</super>, 38 % des maires de communes de "
                  "moins de 3 500 habitants déclarent une alliance formalisée, contre 71 % de ceux des communes "
                  "plus peuplées."))
    s.append(para("8.", "Le pilotage est le principal frein : déjà, dans le programme IMPACT, 46 % des maires "
                  "déclaraient ne pas savoir piloter une alliance (voir § 7 et § 12)."))
    s.append(para("9.", "Le financement demeure fragile : les deux tiers des alliances recensées au § 4 "
                  "dépendent d'un financeur unique, et une sur cinq a vu son budget baisser en 2024."))
    s.append(para("10.", "Des outils légers suffisent pourtant : doté de 1,5 M€ pour une expérimentation de "
                  "trois ans, le Fonds ODD 17 a fait émerger 350 catalyseurs territoriaux<super>6</super>."))
    s.append(FrameBreak())
    s.append(note("4", "Études ARPEA, Observatoire des partenariats (2008 et 2012)."))
    s.append(note("5", "Questionnaire en ligne adressé aux maires de la région ; 214 réponses exploitables."))
    s.append(note("6", "Fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies."))
    s.append(PageBreak())
    # ---- page 3
    s.append(P("II. Recommandations", "h2"))
    s.append(para("11.", "Au vu de ces constats, le Comité formule les recommandations suivantes."))
    recos = [
        ("Recommandation 1", "Doubler d'ici 2027 le nombre de communes de moins de 3 500 habitants engagées "
                             "dans une alliance, aujourd'hui estimé à 140."),
        ("Recommandation 2", "Réserver dès 2026 au moins 15 % des crédits régionaux de la vie associative aux "
                             "projets co-portés, soit environ 2,4 millions d'euros par an."),
        ("Recommandation 3", "Former 500 élus et agents territoriaux au pilotage des alliances d'ici fin 2027 "
                             "(→ § 8)."),
        ("Recommandation 4", "Privilégier des conventions pluriannuelles d'au moins 3 ans, plutôt que les "
                             "subventions annuelles qui financent aujourd'hui 58 % des alliances recensées."),
        ("Recommandation 5", "Mesurer chaque année, avec l'Observatoire des partenariats, la part des habitants "
                             "favorables aux alliances : elle était de 69 % au niveau national en septembre 2015 "
                             "et de 81 % dans la dernière mesure publiée."),
    ]
    for r, t in recos:
        s.append(encadre([P("<b>%s</b> \u2014 %s" % (r, t), "corps")], fw, fond=GRIS))
        s.append(Spacer(1, 5))
    s.append(Spacer(1, 6))
    s.append(P("<b>Vote</b> : avis adopté par 31 voix pour, 4 voix contre et 2 abstentions, sur 40 membres.",
               "corps"))
    s.append(FrameBreak())
    s.append(P("Secrétariat du Comité : 03 26 00 45 67 \u2014 1, place de la Coopération, 51100 Vernolles.",
               "note"))
    doc.build(s)


# ====================================================================== 05 sondage
def doc05():
    pagesize = A4
    haut = "Baromètre des alliances territoriales \u2014 vague 4 \u2014 Institut Clairvoie pour l'Observatoire"
    pages = {1: "", 2: "p. 1", 3: "p. 2"}
    on_page, on_end = entete_pied(
        haut, lambda n: ("Publication : février 2025 \u00b7 Terrain : novembre 2024", pages.get(n, "")), pagesize)

    def templates(doc):
        return [PageTemplate("une", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                             onPage=on_page, onPageEnd=on_end)]

    doc = make_doc("obs-s113-05-sondage.pdf", pagesize, templates)
    fw = doc.width

    def question(libelle, col1, col2, lignes):
        rows = [["Réponses", col1, col2]] + [[a, b, c] for a, b, c in lignes]
        return tableau(rows, [170, (fw - 170) / 2, (fw - 170) / 2],
                       style_extra=[("ALIGN", (1, 1), (-1, -1), "CENTER"),
                                    ("BACKGROUND", (0, 3), (-1, 3), SABLE),
                                    ("FONTNAME", (0, 3), (-1, 3), "Helvetica-Bold")])

    s = []
    # ---- page 1
    s.append(P("Les alliances vues par les Français, les dirigeants et les maires", "titre"))
    s.append(encadre([
        P("<b>Méthodologie</b>", "h3"),
        P("Enquête réalisée du 4 au 18 novembre 2024 : en ligne auprès de 1 006 Français âgés de 18 ans et plus "
          "(méthode des quotas) et de 403 dirigeants d'entreprises de 10 salariés et plus ; par téléphone auprès "
          "de 251 maires, du 5 au 22 novembre 2024.", "corps"),
        P("Marge d'erreur maximale : ± 3,1 points pour l'échantillon national.", "corps"),
        P("Résultats publiés en février 2025 ; vagues précédentes : 2018, 2020, 2022.", "corps"),
    ], fw))
    s.append(Spacer(1, 8))
    s.append(P("Résultats clés", "h2"))
    s.append(puce("Sept Français sur dix (71 %) jugent les alliances utiles à leur territoire, 4 points de plus "
                  "qu'en 2022 (67 %)."))
    s.append(puce("Les dirigeants sont 76 % à partager cet avis, et les maires plus nombreux encore : 83 %."))
    s.append(puce("Un tiers seulement des maires de communes de moins de 3 500 habitants disent avoir les moyens "
                  "de piloter une alliance (→ p. 2)."))
    s.append(P("Ce qu'il faut en retenir", "h2"))
    s.append(P("L'adhésion au principe des alliances progresse dans toutes les populations interrogées. Le "
               "consensus sur l'utilité ne dit cependant rien de la capacité à agir : les maires des petites "
               "communes, les plus convaincus, sont aussi ceux qui disent le moins disposer des moyens de "
               "piloter une alliance."))
    s.append(PageBreak())
    # ---- page 2
    s.append(P("Q1. Les alliances entre associations, entreprises et collectivités sont utiles pour mon "
               "territoire.", "h2"))
    s.append(question("", "Français de 18 ans et plus (n = 1 006)", "Dirigeants d'entreprise (n = 403)", [
        ("Tout à fait d'accord", "24 %", "31 %"),
        ("Plutôt d'accord", "47 %", "45 %"),
        ("Sous-total d'accord", "71 %", "76 %"),
        ("Plutôt pas d'accord", "20 %", "17 %"),
        ("Pas du tout d'accord", "9 %", "7 %"),
    ]))
    s.append(Spacer(1, 6))
    s.append(P("Lecture : 24 % des Français de 18 ans et plus se disent tout à fait d'accord.", "petit"))
    s.append(P("Échelle d'accord en quatre points, sans position centrale. Terrain : du 4 au 18 novembre 2024.",
               "petit"))
    s.append(Spacer(1, 10))
    s.append(barres_empilees([("Français de 18 ans et plus", (24, 47, 20, 9)),
                              ("Dirigeants d'entreprise", (31, 45, 17, 7))], fw,
                             "Répartition des réponses (en % de chaque population)"))
    s.append(Spacer(1, 10))
    s.append(P("Analyse", "h3"))
    s.append(P("Les dirigeants d'entreprise se montrent plus affirmatifs que l'ensemble des Français : ils "
               "choisissent plus souvent la réponse la plus favorable. Le désaccord franc reste marginal dans les "
               "deux populations, ce qui confirme la tendance observée lors des vagues précédentes."))
    s.append(PageBreak())
    # ---- page 3
    s.append(P("Q2. Ma commune dispose des moyens nécessaires pour piloter une alliance locale.", "h2"))
    s.append(question("", "Maires de communes de moins de 3 500 habitants (n = 188)",
                      "Maires de communes de 3 500 habitants et plus (n = 63)", [
                          ("Tout à fait d'accord", "6 %", "19 %"),
                          ("Plutôt d'accord", "28 %", "44 %"),
                          ("Sous-total d'accord", "34 %", "63 %"),
                          ("Plutôt pas d'accord", "41 %", "27 %"),
                          ("Pas du tout d'accord", "25 %", "10 %"),
                      ]))
    s.append(Spacer(1, 6))
    s.append(P("Lecture : 34 % des maires de communes de moins de 3 500 habitants se disent d'accord.", "petit"))
    s.append(P("Terrain maires : du 5 au 22 novembre 2024, par téléphone. Résultats à interpréter avec prudence "
               "pour les effectifs inférieurs à 100.", "petit"))
    s.append(Spacer(1, 10))
    s.append(barres_empilees([("Communes de moins de 3 500 hab.", (6, 28, 41, 25)),
                              ("Communes de 3 500 hab. et plus", (19, 44, 27, 10))], fw,
                             "Répartition des réponses des maires (en %)"))
    s.append(Spacer(1, 10))
    s.append(P("Analyse", "h3"))
    s.append(P("La taille de la commune sépare nettement les réponses : les maires des petites communes sont "
               "majoritairement en désaccord, quand ceux des communes plus peuplées se disent plutôt outillés. "
               "Le manque de personnel dédié et d'ingénierie revient dans la plupart des commentaires libres."))
    doc.build(s)


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        f()
    print("ok")
