"""Corpus notes-s93 : 5 PDF dans la forme des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1 ; deux exécutions donnent des fichiers identiques octet pour octet.
Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
"""
import math
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.graphics.shapes import Drawing, String, Wedge, Rect, Line
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepInFrame)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FD + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DSI", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DSB", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
addMapping("DS", 0, 0, "DS"); addMapping("DS", 1, 0, "DSB"); addMapping("DS", 0, 1, "DSI"); addMapping("DS", 1, 1, "DSB")

NB = "\u00a0"
GREEN = colors.HexColor("#2E6B3F")
LIGHT = colors.HexColor("#E8F1EA")
GREY = colors.HexColor("#555555")


def fr(s):
    """Typographie française : '~' -> espace insécable ; espace insécable avant % € : ; ? ! » et après «."""
    s = s.replace("~", NB)
    s = re.sub(r" ([%€:;?!»])", NB + r"\1", s)
    s = re.sub(r" (k€|M€)", NB + r"\1", s)
    s = s.replace("« ", "«" + NB)
    return s


def st(name, font="DV", size=9.5, lead=None, align=TA_JUSTIFY, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.32, alignment=align, **kw)


S = {
    "title": st("title", "DVB", 17, 21, TA_LEFT, textColor=GREEN, spaceAfter=4),
    "sub": st("sub", "DVI", 10, 13, TA_LEFT, textColor=GREY, spaceAfter=6),
    "h2": st("h2", "DVB", 11.5, 15, TA_LEFT, textColor=GREEN, spaceBefore=6, spaceAfter=3),
    "h3": st("h3", "DVB", 10, 13, TA_LEFT, spaceBefore=4, spaceAfter=2),
    "body": st("body", "DV", 9.5, 12.8, spaceAfter=4),
    "serif": st("serif", "DS", 9.6, 13.2, spaceAfter=5),
    "bullet": st("bullet", "DV", 9.3, 12.4, TA_LEFT, leftIndent=12, bulletIndent=2, spaceAfter=1.5),
    "cell": st("cell", "DV", 8.4, 10.4, TA_LEFT),
    "cellb": st("cellb", "DVB", 8.4, 10.4, TA_LEFT),
    "cellc": st("cellc", "DV", 8.4, 10.4, TA_CENTER),
    "box": st("box", "DV", 8.8, 11.6, TA_LEFT, spaceAfter=2),
    "small": st("small", "DVI", 7.8, 10, TA_LEFT, textColor=GREY, spaceAfter=2),
    "speaker": st("speaker", "DS", 9.6, 13.2, spaceAfter=5, leftIndent=0),
    "toc": st("toc", "DV", 9.5, 14, TA_LEFT),
}


def P(text, style="body"):
    return Paragraph(fr(text), S[style])


def B(text):
    return Paragraph(fr(text), S["bullet"], bulletText="•")


def box(flows, width, bg=LIGHT, border=GREEN):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.8, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def grid(rows, widths, header_rows=1, style_extra=()):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, c in enumerate(r):
            if isinstance(c, str):
                sty = "cellb" if i < header_rows else ("cell" if j == 0 else "cellc")
                line.append(Paragraph(fr(c), S[sty]))
            else:
                line.append(c)
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9BB5A1")),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    ts.extend(style_extra)
    t.setStyle(TableStyle(ts))
    return t


class Doc:
    """Document avec en-tête et pied courants, numéros imprimés et notes de bas de page par page."""

    def __init__(self, path, title, header, footer, pagesize=A4, first_printed=1, total_printed=None,
                 footnotes=None, margins=(18 * mm, 18 * mm, 22 * mm, 24 * mm), two_col_pages=()):
        self.path, self.title, self.header, self.footer = path, title, header, footer
        self.pagesize, self.first_printed = pagesize, first_printed
        self.total_printed = total_printed
        self.footnotes = footnotes or {}
        self.margins = margins

    def _decor(self, c, doc):
        w, h = self.pagesize
        n = doc.page
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(self.margins[0], h - 12 * mm, fr(self.header))
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.line(self.margins[0], h - 13.5 * mm, w - self.margins[1], h - 13.5 * mm)
        c.line(self.margins[0], 14 * mm, w - self.margins[1], 14 * mm)
        c.drawString(self.margins[0], 10 * mm, fr(self.footer))
        printed = self.first_printed + n - 1
        label = self.total_printed and f"{printed}/{self.total_printed}" or f"{printed}"
        c.drawRightString(w - self.margins[1], 10 * mm, label)
        notes = self.footnotes.get(n, [])
        if notes:
            y = 16 * mm + 9.5 * (len(notes) - 1) + 2
            c.setLineWidth(0.4)
            c.line(self.margins[0], y + 9, self.margins[0] + 50 * mm, y + 9)
            c.setFont("DV", 7.2)
            for num, txt in notes:
                c.drawString(self.margins[0], y, fr(f"{num} {txt}"))
                y -= 9.5
        c.restoreState()

    def build(self, story, two_col_pages=()):
        w, h = self.pagesize
        l, r, t, b = self.margins
        doc = BaseDocTemplate(self.path, pagesize=self.pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                              bottomMargin=b, title=self.title, author="Observatoire des partenariats",
                              subject="Corpus de démonstration notes-s93", creator="make_docs.py")
        fw, fh = w - l - r, h - t - b
        one = Frame(l, b, fw, fh, id="one", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="one", frames=[one], onPage=self._decor)])
        doc.build(story)
        self.width = fw


# ---------------------------------------------------------------- 01 tableau de bord

def evo(n1, n, pct=True):
    d = n - n1
    pts = ("+" if d > 0 else ("−" if d < 0 else "")) + f"{abs(d):g}".replace(".", ",")
    if d == 0:
        pts = "0"
    rel = (n - n1) / n1 * 100
    r = f"{abs(rel):.1f}".replace(".", ",")
    rel_s = ("+" if rel > 0 else ("−" if rel < 0 else "")) + r + " %"
    arrow = "▲" if d > 0 else ("▼" if d < 0 else "●")
    return pts, rel_s, arrow


def fmt(v, unit):
    s = f"{v:g}".replace(".", ",")
    return s + (" %" if unit == "%" else "")


def dash_table(rows, width, unit_col="%"):
    head = ["Indicateur", "Cible 2026", "N-2 (2022)", "N-1 (2023)", "N (2024)", "Évol. N/N-1 (pts)",
            "Évol. N/N-1 (%)", "Tendance"]
    data = [head]
    extra = []
    for i, (label, cible, a, b_, c_, unit) in enumerate(rows, start=1):
        pts, rel, arrow = evo(b_, c_)
        if unit != "%":
            pts = "—" if unit == "k€" else pts
        line = [label, cible if isinstance(cible, str) else fmt(cible, unit), fmt(a, unit), fmt(b_, unit),
                fmt(c_, unit), pts, rel, arrow]
        data.append(line)
        col = GREEN if arrow == "▲" else (colors.HexColor("#B03A2E") if arrow == "▼" else GREY)
        extra.append(("TEXTCOLOR", (7, i), (7, i), col))
    cw = [width * x for x in (0.31, 0.09, 0.09, 0.09, 0.09, 0.115, 0.115, 0.09)]
    return grid(data, cw)


def doc01(out):
    d = Doc(os.path.join(out, "obs-s93-01-tableau-de-bord.pdf"), "Tableau de bord des alliances en territoire 2024",
            "Observatoire des partenariats · Tableau de bord des alliances en territoire · édition mars 2025",
            "Le RAMEAU – Observatoire des partenariats", pagesize=landscape(A4), total_printed=3,
            footnotes={
                1: [("1", "Vagues 2022 et 2023 : même questionnaire, échantillons de 298 et 305 maires."),
                    ("2", "Cible fixée par le comité de pilotage du programme en janvier 2023.")],
                2: [("3", "Montant médian déclaré par les associations qui reçoivent du mécénat ; valeurs en milliers d'euros courants.")],
                3: [("4", "Note moyenne sur une échelle de 0 à 10 ; base : 1 012 personnes interrogées en 2024.")],
            })
    W = landscape(A4)[0] - 36 * mm
    s = []
    s.append(P("Tableau de bord des alliances en territoire", "title"))
    s.append(P("Indicateurs suivis par l'Observatoire des partenariats — valeurs 2022, 2023 et 2024", "sub"))
    s.append(P("Ce tableau de bord réunit 14 indicateurs suivis d'une année sur l'autre. Les valeurs de l'année N (2024) "
               "proviennent de l'enquête IMPACTS & TRAJECTOIRES – Élus locaux, conduite par téléphone du 30 septembre "
               "au 28 octobre 2024 auprès de 302 maires ; celles des années N-1 et N-2 viennent des vagues précédentes "
               "du même dispositif<super>1</super>. Les écarts sont donnés en points et en pourcentage de la valeur N-1."))
    s.append(P("A. Les maires et leur territoire", "h2"))
    s.append(dash_table([
        ("Maires qui voient leur territoire « en mouvement »", 93, 86, 88, 91, "%"),
        ("… dont « fortement en mouvement »", 40, 31, 33, 35, "%"),
        ("Maires qui savent piloter une démarche d'alliance", 60, 48, 51, 54, "%"),
        ("Répondants maires de communes de moins de 2 000 habitants", "—", 82, 83, 84, "%"),
    ], W))
    s.append(Spacer(1, 5))
    s.append(P("Lecture : en 2024, 91 % des maires interrogés voient leur territoire en mouvement, soit 3 points de plus "
               "qu'en 2023. La cible<super>2</super> reste hors d'atteinte pour les maires qui savent piloter une alliance, "
               "malgré 6 points gagnés en deux ans.", "small"))
    s.append(P("Légende : ▲ hausse · ▼ baisse · ● stabilité (écart inférieur à 0,5 point).", "small"))
    s.append(PageBreak())
    # page 2
    s.append(P("B. Les associations et leurs partenaires", "h2"))
    s.append(P("Base : associations employeuses, soit environ 148 000 structures en France. Les parts ci-dessous sont "
               "calculées sur les associations interrogées chaque année ; un même répondant peut citer plusieurs "
               "partenaires, les totaux dépassent donc 100 %."))
    s.append(dash_table([
        ("Associations ayant au moins un partenariat", 99, 96, 97, 98, "%"),
        ("… avec une collectivité territoriale", 90, 85, 87, 89, "%"),
        ("… avec un établissement scolaire", 75, 72, 71, 70, "%"),
        ("… avec une entreprise", 35, 26, 27, 28, "%"),
        ("Mécénat reçu, montant médian<super>3</super> (k€)", "15", 12.5, 13, 14.2, "k€"),
    ], W))
    s.append(Spacer(1, 6))
    t = Table([[P("<b>Ce qui progresse.</b> Les associations travaillent d'abord avec les collectivités : 89 % en 2024, "
                  "contre 85 % deux ans plus tôt. Le montant médian du mécénat atteint 14,2 k€, en hausse de 9,2 % sur un an.", "box"),
                P("<b>Ce qui recule.</b> Les liens avec les établissements scolaires s'effritent : 70 % des associations "
                  "en déclarent un, soit 2 points de moins qu'en 2022. Le recul touche surtout les structures de moins "
                  "de 10 salariés.", "box")]], colWidths=[W / 2 - 4, W / 2 - 4])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEAFTER", (0, 0), (0, 0), 0.6, GREEN), ("BOX", (0, 0), (-1, -1), 0.6, GREEN)]))
    s.append(t)
    s.append(PageBreak())
    # page 3
    s.append(P("C. Les entreprises et les citoyens", "h2"))
    s.append(P("Pour les entreprises, la base est celle des dirigeants d'entreprises d'au moins 10 salariés ; pour les "
               "citoyens, un échantillon représentatif de Français de 18 ans et plus."))
    s.append(dash_table([
        ("Dirigeants pour qui l'alliance est source d'innovation", 85, 79, 80, 81, "%"),
        ("Français attachés au « devoir d'alliance »", 85, 78, 80, 81, "%"),
        ("Note de confiance dans les acteurs locaux<super>4</super> (sur 10)", "6,5", 6.1, 6.3, 6.2, "/10"),
        ("Entreprises engagées dans au moins un partenariat", 45, 36, 37, 39, "%"),
    ], W))
    s.append(Spacer(1, 6))
    s.append(box([P("<b>Synthèse de l'année</b>", "h3"),
                  P("Sur les 14 indicateurs, 11 progressent, 2 reculent et 1 reste stable. Trois cibles sur dix sont "
                    "déjà atteintes ou dépassées. Le budget du dispositif de suivi s'élève à 85 000 € par an, financés "
                    "à parts égales par 4 partenaires.", "box")], W))
    d.build(s)


# ---------------------------------------------------------------- 02 recueil de fiches

def fiche(title, sub, facts, intro, results, W=A4[0] - 36 * mm, extra=None):
    s = [P(title, "title"), P(sub, "sub")]
    rows = [[Paragraph(fr(k), S["cellb"]), Paragraph(fr(v), S["cell"])] for k, v in facts]
    t = Table(rows, colWidths=[W * 0.24, W * 0.76])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9BB5A1")),
                           ("BACKGROUND", (0, 0), (0, -1), LIGHT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(P("Le projet", "h2"))
    for para in intro:
        s.append(P(para))
    s.append(P("Résultats", "h2"))
    for r in results:
        s.append(B(r))
    if extra:
        s.append(Spacer(1, 6))
        s.extend(extra)
    return s


def doc02(out):
    d = Doc(os.path.join(out, "obs-s93-02-recueil-fiches-cas.pdf"), "Recueil de cas : alliances en territoire",
            "Recueil « Alliances en territoire » · Fiches de cas · 2023", "Observatoire des partenariats – Le RAMEAU",
            first_printed=12, footnotes={
                1: [("1", "Dotation initiale, hors apports en compétences des entreprises partenaires.")],
                2: [("2", "Le document de lancement de mai 2018 parle de 10 territoires pilotes.")],
                3: [("3", "Jeunes de 16 à 25 ans sans emploi ni formation au démarrage.")],
                4: [("4", "Fondation abritée ; l'acte de création est signé le 14 juin 2022.")],
            })
    W = A4[0] - 36 * mm
    s = []
    s += fiche("Fiche 1 — Le Fonds ODD 17, un levier pour les catalyseurs territoriaux",
               "Mécénat partagé · national · expérimentation",
               [("Partenaires", "Le RAMEAU et la Fondation TotalEnergies, co-fondateurs en 2020"),
                ("Territoire", "France entière, 12 régions couvertes"),
                ("Durée", "3 ans d'expérimentation (2020-2023)"),
                ("Budget", "1,5 M€ de dotation<super>1</super>"),
                ("Bénéficiaires", "350 catalyseurs territoriaux repérés, dont 120 accompagnés")],
               ["Créé pour outiller celles et ceux qui font vivre les alliances sur le terrain, le Fonds soutient "
                "des « catalyseurs » : associations, collectivités, entreprises ou fondations qui réunissent les "
                "acteurs d'un territoire. Chaque lauréat reçoit en moyenne 8 500 € et un appui méthodologique de "
                "six mois.",
                "La sélection repose sur un comité de 9 membres, qui se réunit deux fois par an."],
               ["78 % des catalyseurs accompagnés déclarent avoir élargi leur cercle de partenaires.",
                "Près de 2 catalyseurs sur 3 ont engagé au moins une entreprise locale.",
                "Les projets soutenus touchent 45 000 habitants, dont un tiers en zone rurale.",
                "Coût moyen par catalyseur accompagné : 12 500 €, appui compris."])
    s.append(PageBreak())
    s += fiche("Fiche 2 — Le parcours d'expérience des territoires pionniers",
               "Co-construction territoriale · État et Le RAMEAU",
               [("Partenaires", "Commissariat général à l'égalité des territoires (CGET) et Le RAMEAU"),
                ("Territoire", "11 territoires pionniers<super>2</super>, urbains et ruraux"),
                ("Durée", "18 mois, première session le 3 mai 2018"),
                ("Budget", "240 000 € sur l'ensemble du parcours"),
                ("Bénéficiaires", "Environ 180 acteurs locaux formés, élus, agents et responsables associatifs")],
               ["Le parcours a réuni des équipes locales autour d'une même question : comment passer de la "
                "juxtaposition des initiatives à une stratégie partagée ? Chaque territoire a désigné un binôme "
                "élu-technicien et a mobilisé entre 10 et 25 structures.",
                "Les sessions, au nombre de 6, ont alterné apports méthodologiques et retours d'expérience."],
               ["9 territoires sur 11 ont signé une feuille de route commune à l'issue du parcours.",
                "64 % des participants jugent la démarche « très utile », 31 % « plutôt utile ».",
                "Deux ans après, 7 territoires disposent d'un poste dédié à la coordination.",
                "Un guide de 40 pages a été tiré du parcours et diffusé en 2019."])
    s.append(PageBreak())
    s += fiche("Fiche 3 — « Premier emploi en Poitou-Charentes »",
               "Insertion professionnelle · régional · Agir ensemble en territoire",
               [("Partenaires", "Groupe La Poste, 3 missions locales, 14 associations d'insertion, la Région"),
                ("Territoire", "Poitou-Charentes (4 départements)"),
                ("Durée", "5 ans, de 2011 à 2016"),
                ("Budget", "2,3 millions d'euros, dont 40 % apportés par l'entreprise"),
                ("Bénéficiaires", "1 250 jeunes<super>3</super> accompagnés vers l'emploi")],
               ["Territoire pilote de la démarche « Agir ensemble en territoire » lancée en 2010, le Poitou-Charentes "
                "a fait de l'insertion des jeunes son premier chantier. L'entreprise ouvre ses sites aux stages de "
                "découverte ; les associations assurent le suivi individuel, à raison d'un référent pour 25 jeunes.",
                "Le comité local se réunit chaque trimestre ; il compte 22 membres."],
               ["61 % des jeunes accompagnés occupent un emploi ou suivent une formation six mois après la sortie.",
                "Parmi eux, 38 % ont signé un contrat de plus de six mois.",
                "430 tuteurs salariés se sont engagés, soit un peu plus d'un tuteur pour trois jeunes.",
                "Le coût par parcours est estimé à 1 840 €."])
    s.append(PageBreak())
    s += fiche("Fiche 4 — La Fondation des Territoires",
               "Philanthropie territoriale · national · fondation abritée",
               [("Partenaires", "21 co-fondateurs : entreprises, fondations, associations et réseaux de collectivités"),
                ("Territoire", "National, avec des relais dans 5 régions"),
                ("Durée", "4 ans de préfiguration (juillet 2018 - juin 2022)"),
                ("Budget", "600 000 € par an pour les trois premières années"),
                ("Bénéficiaires", "Territoires engagés dans une démarche d'alliance")],
               ["Issue d'une préfiguration conduite en trois étapes, la Fondation<super>4</super> est placée sous "
                "l'égide de la Fondation de Lille. Elle porte trois missions : soutenir, outiller et faire connaître "
                "les alliances territoriales.",
                "La Charte du faire alliance, qu'elle a pilotée, a été co-construite en 3 mois."],
               ["Plus de 1 000 exemples inspirants recensés et mis en partage.",
                "La Charte compte près de 200 signataires un an après son lancement.",
                "8 territoires sur 10 accompagnés ont créé une instance de dialogue pérenne.",
                "Les co-fondateurs apportent en moyenne 28 500 € chacun par an."])
    d.build(s)


# ---------------------------------------------------------------- 03 table ronde

def doc03(out):
    d = Doc(os.path.join(out, "obs-s93-03-table-ronde.pdf"), "Table ronde : faire alliance, dix ans après",
            "Rencontres de l'Observatoire · Table ronde du 23 novembre 2023 · transcription",
            "Transcription revue par les intervenants – Observatoire des partenariats", total_printed=3,
            footnotes={
                1: [("1", "Propos retranscrits à partir de l'enregistrement ; les hésitations ont été allégées.")],
                2: [("2", "Vérification faite : 87 % des maires en 2016, selon l'étude PHARE-Institutions.")],
                3: [("3", "Le chiffre publié est de 2,5 partenaires en moyenne (enquête menée en mai-juin 2016).")],
            })
    W = A4[0] - 36 * mm

    def sp(name, text):
        return Paragraph(fr(f"<b>{name}.</b> — {text}"), S["speaker"])

    s = [P("Table ronde : « Faire alliance, dix ans après »", "title"),
         P("Transcription<super>1</super> — Rencontres de l'Observatoire, Paris, 23 novembre 2023", "sub")]
    s.append(box([P("<b>Intervenants</b>", "h3"),
                  P("Claire Dumont, journaliste, animatrice de la table ronde<br/>"
                    "Hélène Marchal, maire d'une commune de 1 800 habitants (Charente)<br/>"
                    "Karim Benali, directeur de l'engagement d'une entreprise de 2 400 salariés<br/>"
                    "Sophie Lefèvre, déléguée générale d'une fédération de 320 associations<br/>"
                    "Marc Olivier, chargé d'études à l'Observatoire des partenariats", "box")], W))
    s.append(Spacer(1, 8))
    s += [
        sp("Claire Dumont", "Bonsoir à toutes et à tous. On est à peu près 150 dans la salle ce soir, et plus de 400 en ligne, "
           "ce qui est formidable. Marc, on commence par vous : les chiffres, qu'est-ce qu'ils disent ?"),
        sp("Marc Olivier", "Alors… le chiffre que tout le monde connaît, c'est celui des Français. En 2015, dans PHARE-Citoyens, "
           "on avait 69 % des Français qui parlaient d'un « devoir d'alliance ». Et aujourd'hui on est à 81 %, donc "
           "douze points de plus en six ans à peu près. Chez les dirigeants d'entreprise, c'est 84 % qui ont « envie "
           "d'alliance ». Et chez les maires, je crois qu'on est à 92 %, qui disent en avoir besoin."),
        sp("Claire Dumont", "Quatre-vingt-douze, c'est énorme. Hélène Marchal, vous êtes maire, vous vous reconnaissez là-dedans ?"),
        sp("Hélène Marchal", "Ah oui, complètement. Chez nous, on est 1 800 habitants, on n'a pas de service "
           "développement, on a trois agents en tout. Donc sans les associations, sans l'entreprise du coin, on ne fait "
           "rien. Franchement, un maire sur trois, dans ma communauté de communes, a déjà monté un projet avec une "
           "entreprise. Un sur trois, hein, pas plus."),
    ]
    s.append(PageBreak())
    s += [
        sp("Claire Dumont", "Et le pilotage, c'est le point faible ?"),
        sp("Hélène Marchal", "Oui. Je crois que l'Observatoire le disait : presque la moitié des maires ne savent pas "
           "comment piloter ça. Moi la première, au début. Il m'a fallu deux ans pour trouver la bonne formule."),
        sp("Marc Olivier", "C'est exact, 46 % des maires disent ne pas savoir piloter, alors que 76 % estiment que leur "
           "territoire est engagé. En 2016 c'était, de mémoire, autour de 85 % de maires favorables<super>2</super>, "
           "donc le besoin ne date pas d'hier."),
        sp("Karim Benali", "Côté entreprise, je vais être très concret. On a 2 400 salariés, dont à peu près 600 qui "
           "ont participé à une action avec une association l'an dernier, donc un quart, grosso modo. Le budget "
           "mécénat, c'est 1,2 million d'euros par an, et on y ajoute quelque chose comme 3 000 heures de "
           "mécénat de compétences."),
        sp("Claire Dumont", "Un million deux, c'est stable ?"),
        sp("Karim Benali", "Ça a doublé en cinq ans. Il y a cinq ans on était à 600 000 euros. Et ce qu'on a appris, "
           "c'est que les petites entreprises font souvent plus que nous, proportionnellement : dans notre réseau, "
           "quatre PME sur dix ont un partenariat associatif."),
        sp("Sophie Lefèvre", "Je confirme, et côté associations c'est encore plus net. Dans notre fédération, sur "
           "320 associations, il y en a bien 250 qui ont au moins un partenaire privé. Et l'enquête nationale dit que "
           "98 % des associations employeuses ont des partenariats, toutes natures confondues."),
    ]
    s.append(PageBreak())
    s += [
        sp("Claire Dumont", "Et avec combien de partenaires, en moyenne ?"),
        sp("Sophie Lefèvre", "Oh, je dirais trois, à peu près<super>3</super>. Mais ça dépend énormément de la taille : "
           "une association qui a 150 000 € de budget, elle a une chance sur deux d'avoir une entreprise partenaire ; "
           "une petite, sous les 10 000 €, c'est une sur cinq."),
        sp("Marc Olivier", "Les chiffres sont de 50 % et 20 %, oui. C'était l'enquête publiée en mars 2017 avec "
           "Recherches & Solidarités, plus de 1 380 responsables associatifs interrogés."),
        sp("Claire Dumont", "Dernière question, rapide : dans dix ans, on en est où ?"),
        sp("Karim Benali", "J'espère qu'on aura au moins une dizaine d'entreprises par territoire qui travaillent "
           "ensemble, pas deux ou trois."),
        sp("Hélène Marchal", "Moi, je voudrais que ma commune ne soit plus une exception. Si demain la moitié des "
           "petites communes ont une alliance qui tourne, j'aurai gagné."),
        sp("Sophie Lefèvre", "Que les 148 000 associations employeuses soient reconnues comme des partenaires à part "
           "entière, pas seulement comme des bénéficiaires."),
        sp("Marc Olivier", "Et que l'on continue à mesurer : l'Observatoire a quinze ans, et il faudra au moins autant "
           "d'années encore pour suivre les effets."),
        sp("Claire Dumont", "Merci à tous les quatre, et merci aux quelque 550 personnes qui nous ont suivis."),
    ]
    d.build(s)


# ---------------------------------------------------------------- 04 chronologie

def doc04(out):
    d = Doc(os.path.join(out, "obs-s93-04-chronologie.pdf"), "Dix ans de partenariats : chronologie",
            "Observatoire des partenariats · Repères · « Dix ans de partenariats »",
            "Chronologie établie en janvier 2025 – Le RAMEAU", total_printed=2,
            footnotes={
                1: [("1", "Certains documents anciens datent la création de l'Observatoire de 2007.")],
                2: [("2", "Enquête téléphonique, 302 répondants ; un autre sondage de 2020 donnait 64 % d'élus favorables.")],
            })
    W = A4[0] - 36 * mm
    year_st = st("yr", "DVB", 15, 18, TA_LEFT, textColor=GREEN)
    ev = st("ev", "DV", 9.3, 12.4, TA_LEFT)

    def timeline(items):
        rows = [[Paragraph(y, year_st), [Paragraph(fr(t), ev) for t in txts]] for y, txts in items]
        t = Table(rows, colWidths=[24 * mm, W - 24 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 1.2, GREEN),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                               ("LEFTPADDING", (1, 0), (1, -1), 10)]))
        return t

    s = [P("Dix ans de partenariats", "title"),
         P("Des premières mesures aux alliances d'intérêt général : les jalons retenus par l'Observatoire", "sub"),
         P("Avant de parcourir la décennie, deux rappels. L'Observatoire des partenariats a été créé en 2008<super>1</super> "
           "par la Caisse des Dépôts et Le RAMEAU ; il a déjà suivi trois programmes d'études de cinq ans chacun. "
           "Les enquêtes citées ci-dessous sont souvent rééditées : une même question peut donc donner plusieurs "
           "chiffres selon l'édition."),
         timeline([
             ("2012", ["Rapport quinquennal ARPEA : 84 % des Français jugent urgent de créer des partenariats, contre "
                       "86 % lors de la première édition en 2008.",
                       "Près de 46 % des associations déclarent un engagement avec une entreprise."]),
             ("2015", ["PHARE-Citoyens (septembre) : 69 % des Français reconnaissent un « devoir d'alliance ». Plus de "
                       "2 000 personnes interrogées.",
                       "L'emploi arrive en tête des enjeux, noté 7,1 sur 10."]),
             ("2016", ["PHARE-Institutions (novembre) : 87 % des maires favorables aux alliances ; 5 profils de maires "
                       "sont décrits.", "13 rapports régionaux complètent le programme."]),
             ("2017", ["Étude « Associations & Partenariats » (mars) : 2,5 partenaires en moyenne par association ; "
                       "les collectivités sont citées par 74 % des responsables."]),
             ("2018", ["Lancement du parcours CGET : 11 territoires pionniers pendant 18 mois.",
                       "Début du programme IMPACT, prévu sur cinq ans."]),
         ])]
    s.append(PageBreak())
    s += [timeline([
             ("2020", ["Co-création du Fonds ODD 17, doté de 1,5 M€ pour une expérimentation de 3 ans.",
                       "Étude sur la sortie de crise : 81 % des Français et 84 % des dirigeants de TPE et de PME jugent "
                       "la co-construction utile ; plus de 250 données inventoriées."]),
             ("2021", ["Lancement de la Charte du faire alliance (30 novembre), après 3 mois de co-construction.",
                       "Étude IMPACT – Associations & Territoires : 98 % des associations employeuses ont des partenariats."]),
             ("2022", ["Création de la Fondation des Territoires (14 juin) avec 21 co-fondateurs.",
                       "La feuille de route ministérielle compte 21 mesures."]),
             ("2024", ["IMPACTS & TRAJECTOIRES – Élus locaux<super>2</super> : 91 % des maires voient leur territoire "
                       "en mouvement, dont 35 % fortement.",
                       "84 % des répondants administrent des communes de moins de 2 000 habitants."]),
         ]),
         Spacer(1, 10),
         box([P("<b>Une même question, trois éditions</b>", "h3"),
              P("« Faut-il développer les alliances ? » Les Français répondent oui à 86 % en 2008, 84 % en 2012 et "
                "81 % dans l'édition la plus récente. Entre la première et la dernière mesure, l'écart est de "
                "5 points seulement.", "box")], W)]
    d.build(s)


# ---------------------------------------------------------------- 05 note de synthèse

class Pie(Drawing):
    pass


def pie(title, parts, width=170 * mm, height=62 * mm, cx=45 * mm, r=21 * mm):
    dr = Drawing(width, height)
    dr.add(String(0, height - 10, fr(title), fontName="DVB", fontSize=9, fillColor=GREEN))
    cols = [colors.HexColor(c) for c in ("#2E6B3F", "#7FB08A", "#C9DFCD", "#E0A458", "#B03A2E")]
    cy = (height - 24) / 2
    start = 90.0
    for i, (label, val) in enumerate(parts):
        ext = 360.0 * val / 100.0
        w = Wedge(cx, cy, r, start - ext, start, fillColor=cols[i % len(cols)], strokeColor=colors.white,
                  strokeWidth=1)
        dr.add(w)
        mid = math.radians(start - ext / 2)
        lx, ly = cx + (r + 6) * math.cos(mid), cy + (r + 6) * math.sin(mid)
        anchor = "start" if math.cos(mid) >= 0 else "end"
        dr.add(String(lx, ly - 3, fr(f"{val:g} %".replace(".", ",")), fontName="DVB", fontSize=8,
                      textAnchor=anchor))
        start -= ext
    # légende
    ly = height - 26
    for i, (label, val) in enumerate(parts):
        dr.add(Rect(cx + r + 40 * mm, ly, 7, 7, fillColor=cols[i % len(cols)], strokeColor=None))
        dr.add(String(cx + r + 40 * mm + 11, ly + 0.5, fr(label), fontName="DV", fontSize=8))
        ly -= 13
    return dr


def doc05(out):
    d = Doc(os.path.join(out, "obs-s93-05-note-synthese.pdf"), "Note de synthèse : les alliances vues des territoires",
            "Note de synthèse n° 7 · Les alliances vues des territoires · décembre 2024",
            "Observatoire des partenariats – reproduction autorisée avec mention de la source", total_printed=4,
            footnotes={
                1: [("1", "Étude ARPEA Entreprises & Territoires, publiée en janvier 2011."),
                    ("2", "Enquête IMPACTS & TRAJECTOIRES – Élus locaux, réalisée en 2024.")],
                2: [("3", "Les 9 % restants regroupent « moins en mouvement » et « ne sait pas »."),
                    ("4", "Échantillon de 302 maires, dont 254 dans des communes de moins de 2 000 habitants.")],
                3: [("5", "Enquête nationale menée en mai-juin 2016 et publiée en mars 2017."),
                    ("6", "Plusieurs réponses possibles.")],
                4: [("7", "Chiffre de 2015 ; l'édition 2021 donne 81 % pour la même question.")],
            })
    W = A4[0] - 36 * mm
    s = [P("Les alliances vues des territoires", "title"),
         P("Note de synthèse n° 7 — Observatoire des partenariats — décembre 2024", "sub"),
         P("Sommaire", "h2")]
    toc = [["1. Quinze ans de mesure en bref", "1"], ["2. Les maires : un territoire en mouvement", "2"],
           ["3. Les associations et leurs partenaires", "3"], ["4. Ce qu'il faut retenir", "4"]]
    t = Table([[Paragraph(fr(a), S["toc"]), Paragraph(b, S["toc"])] for a, b in toc], colWidths=[W - 20 * mm, 20 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9BB5A1")),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s.append(t)
    s.append(P("1. Quinze ans de mesure en bref", "h2"))
    s.append(P("Depuis 2008, l'Observatoire a interrogé des citoyens, des dirigeants d'entreprise, des responsables "
               "associatifs et des élus. Trois programmes quinquennaux se sont succédé : ARPEA, PHARE et IMPACT. Les "
               "résultats convergent : en 2011 déjà, 21 % des entreprises développaient des partenariats et 33 % "
               "souhaitaient le faire<super>1</super> ; en 2024, 91 % des maires voient leur territoire en "
               "mouvement<super>2</super>."))
    s.append(box([P("<b>Encadré méthodologique</b>", "h3"),
                  P("Cette note croise quatre sources. L'enquête auprès des élus locaux a été conduite par téléphone "
                    "du 30 septembre au 28 octobre 2024 auprès de 302 maires ; la marge d'erreur est d'environ 5 points. "
                    "L'enquête auprès des associations a recueilli les réponses de plus de 1 380 responsables. Les "
                    "données citoyennes reposent sur plus de 2 000 personnes interrogées. Les pourcentages sont "
                    "arrondis à l'unité ; leur somme peut donc différer de 100 %.", "box")], W))
    s.append(Spacer(1, 6))
    s.append(pie("Figure 1 — Les entreprises et les partenariats en 2011 (part des entreprises)",
                 [("Développent des partenariats", 21), ("Souhaitent en développer", 33),
                  ("Ne le souhaitent pas", 46)], height=58 * mm))
    s.append(PageBreak())
    # page 2
    s.append(P("2. Les maires : un territoire en mouvement", "h2"))
    s.append(P("Neuf maires sur dix décrivent un territoire qui bouge. Le mouvement est jugé fort par 35 % d'entre eux, "
               "modéré par 56 %<super>3</super>. Les maires des petites communes ne se distinguent guère : 90 % des "
               "maires de communes de moins de 2 000 habitants et 94 % des maires des autres communes partagent ce "
               "constat<super>4</super>."))
    s.append(pie("Figure 2 — Perception du mouvement du territoire, maires, 2024",
                 [("Fortement en mouvement", 35), ("Ni plus ni moins", 56), ("Moins ou ne sait pas", 9)],
                 height=58 * mm))
    s.append(P("Deux attentes dominent. 76 % des maires estiment leur territoire engagé, mais 46 % ne savent pas "
               "piloter une démarche d'alliance. En 2016, ils étaient 87 % à juger les alliances utiles, et 92 % "
               "reconnaissent aujourd'hui l'utilité de la co-construction. Les élus locaux dans leur ensemble sont plus "
               "réservés : 64 % veulent s'appuyer sur le « jouer collectif »."))
    t = Table([[P("<b>Parole de maire.</b> « Dans une commune de 800 habitants, l'alliance n'est pas un luxe : "
                  "c'est la seule façon d'ouvrir une maison de santé. Nous l'avons fait à 6 partenaires. »", "box")]],
              colWidths=[W])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("LINEBEFORE", (0, 0), (0, -1), 3, GREEN)]))
    s.append(t)
    s.append(PageBreak())
    # page 3
    s.append(P("3. Les associations et leurs partenaires", "h2"))
    left = [P("Parmi les 148 000 associations employeuses, 98 % ont noué au moins un partenariat. Les collectivités "
              "viennent en tête (89 %), devant les structures d'intérêt général (73 %) et les établissements "
              "scolaires (70 %)."),
            P("L'ancrage reste local : 73 % des associations agissent avec des partenaires de proximité, 47 % à "
              "l'échelle régionale<super>6</super>.")]
    right = [P("Les partenariats se nouent-ils avec les entreprises ? L'enquête de 2016<super>5</super> montre que "
               "les associations citent en moyenne 2,5 partenaires. Les entreprises n'arrivent qu'en quatrième "
               "position, avec 28 %, loin des collectivités (74 %)."),
             P("La taille compte : 50 % des associations dont le budget dépasse 150 000 € ont un partenaire "
               "entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.")]
    cols = Table([[left, right]], colWidths=[W / 2 - 3, W / 2 - 3])
    cols.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), 8), ("LEFTPADDING", (1, 0), (1, 0), 8),
                              ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.HexColor("#9BB5A1"))]))
    s.append(cols)
    s.append(Spacer(1, 6))
    s.append(P("Tableau 1 — Formes de partenariat déclarées par les associations<super>6</super>", "h3"))
    s.append(grid([["Forme de partenariat", "Part des associations"],
                   ["Mécénat", "75 %"], ["Innovation sociétale", "73 %"], ["Pratiques responsables", "70 %"],
                   ["Coopération économique", "58 %"]], [W * 0.6, W * 0.4]))
    s.append(Spacer(1, 4))
    s.append(pie("Figure 3 — Répondants selon la taille de la commune, maires, 2024",
                 [("Moins de 2 000 habitants", 84), ("De 2 000 à 9 999 habitants", 12),
                  ("10 000 habitants et plus", 4)], height=56 * mm))
    s.append(PageBreak())
    # page 4
    s.append(P("4. Ce qu'il faut retenir", "h2"))
    s.append(P("Trois constats se dégagent de quinze ans de mesure."))
    for b in ["Le besoin d'alliance est partagé : 81 % des Français, 84 % des dirigeants d'entreprise et 92 % des "
              "maires l'expriment.",
              "L'innovation est au rendez-vous : les partenariats sont une source d'innovation pour 74 % des "
              "Français, 81 % des dirigeants, 86 % des responsables associatifs et 87 % des maires.",
              "Le pilotage reste le maillon faible : près d'un maire sur deux ne sait pas conduire une alliance."]:
        s.append(B(b))
    s.append(Spacer(1, 6))
    s.append(grid([["Population", "Devoir ou besoin d'alliance", "Source d'innovation"],
                   ["Français", "81 %", "74 %"], ["Dirigeants d'entreprise", "84 %", "81 %"],
                   ["Responsables associatifs", "—", "86 %"], ["Maires", "92 %", "87 %"]],
                  [W * 0.4, W * 0.3, W * 0.3]))
    s.append(Spacer(1, 6))
    s.append(P("Pour mémoire, la première édition de PHARE-Citoyens ne relevait que 69 % de Français attachés au "
               "devoir d'alliance<super>7</super>. Les notes données aux enjeux du territoire étaient alors de 7,1 sur "
               "10 pour l'emploi, 6,6 pour le pouvoir d'achat et 6,5 pour le développement économique."))
    s.append(P("Le RAMEAU, créé en 2006, a mené des expérimentations auprès de plus de 500 organisations."))
    d.build(s)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05):
        f(out)


if __name__ == "__main__":
    main()
