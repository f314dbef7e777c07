#!/usr/bin/env python3
"""Écrit les 5 PDF fictifs du corpus notes-s118 dans le dossier de ce script.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucun appel à l'heure ni au hasard.
Usage : /work/main/.venv/bin/python make_docs.py
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
N = "\u00a0"  # espace insécable (pypdf la rend comme une espace)

BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#DCE6F1")
GREY = colors.HexColor("#555555")
SAND = colors.HexColor("#F4EFE3")

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=2, textColor=GREY)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=BLUE, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=BLUE,
                    spaceBefore=6, spaceAfter=5)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=3)
CHAPO = ParagraphStyle("chapo", parent=BODY, fontName="Helvetica-Oblique", fontSize=10.5, leading=14)
BOX = ParagraphStyle("box", parent=BODY, fontSize=9.5, leading=12.5, spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
QUOTE = ParagraphStyle("quote", parent=BODY, leftIndent=10, textColor=colors.HexColor("#333333"))


def P(text, style=BODY):
    return Paragraph(text, style)


def boxed(flowables, bg=LIGHT, width=None):
    t = Table([[flowables]], colWidths=[width] if width else None)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.6, BLUE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def data_table(rows, widths, header_rows=1, bold_last=False):
    data = []
    for i, row in enumerate(rows):
        st = CELLB if i < header_rows else CELL
        data.append([Paragraph(c, st) for c in row])
    t = Table(data, colWidths=widths)
    style = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), BLUE),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB3C8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(header_rows, len(rows)):
        if (r - header_rows) % 2 == 1:
            style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F6FA")))
    if bold_last:
        style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def blank_meta(c):
    c.setTitle("")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("")
    c.setProducer("")
    c.setKeywords("")


class Doc(BaseDocTemplate):
    """Document portrait : en-tête et pied dessinés après le contenu, notes de bas de page par page."""

    def __init__(self, filename, header, footer_fn, footnotes, two_col_pages=(), **kw):
        self.header = header
        self.footer_fn = footer_fn
        self.footnotes = footnotes
        super().__init__(filename, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=22 * mm, bottomMargin=30 * mm, title="", author="",
                         subject="", creator="", producer="", keywords=[], **kw)
        W, H = A4
        fw = W - 40 * mm
        fh = H - 52 * mm
        one = Frame(20 * mm, 30 * mm, fw, fh, id="one")
        gap = 7 * mm
        cw = (fw - gap) / 2
        left = Frame(20 * mm, 30 * mm, cw, fh, id="left")
        right = Frame(20 * mm + cw + gap, 30 * mm, cw, fh, id="right")
        self.addPageTemplates([
            PageTemplate(id="one", frames=[one], onPage=self._begin, onPageEnd=self._end),
            PageTemplate(id="two", frames=[left, right], onPage=self._begin, onPageEnd=self._end),
        ])

    def _begin(self, c, doc):
        blank_meta(c)
        W, H = A4
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(20 * mm, H - 13 * mm, self.header)
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.6)
        c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        c.restoreState()

    def _end(self, c, doc):
        W, H = A4
        page = c.getPageNumber()
        notes = self.footnotes.get(page, [])
        c.saveState()
        y = 24 * mm
        if notes:
            c.setStrokeColor(GREY)
            c.setLineWidth(0.4)
            c.line(20 * mm, y + 3 * mm, 70 * mm, y + 3 * mm)
            for n in notes:
                p = Paragraph(n, SMALL)
                _, h = p.wrap(W - 40 * mm, 20 * mm)
                p.drawOn(c, 20 * mm, y - h + 1 * mm)
                y -= h + 0.5 * mm
        left, right = self.footer_fn(page)
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, left)
        c.drawRightString(W - 20 * mm, 10 * mm, right)
        c.restoreState()


def bar_chart(items, width=300, maxv=100, ticks=(0, 20, 40, 60, 80, 100), label_w=120,
              show_values=False, title=None, unit_label=None, font=8.5):
    n = len(items)
    row = 18
    top_pad = 16 if title else 4
    h = n * row + 28 + top_pad
    d = Drawing(width, h)
    scale = (width - label_w - 30) / maxv
    y0 = 22
    if title:
        d.add(String(0, h - 11, title, fontName="Helvetica-Bold", fontSize=8.5))
    for i, (lab, v) in enumerate(items):
        y = y0 + (n - 1 - i) * row
        d.add(String(0, y + 3, lab, fontName="Helvetica", fontSize=font))
        d.add(Rect(label_w, y, v * scale, 11, fillColor=BLUE, strokeColor=None))
        if show_values:
            d.add(String(label_w + v * scale + 4, y + 3, show_values(v), fontName="Helvetica-Bold",
                         fontSize=font))
    d.add(Line(label_w, y0 - 3, label_w + maxv * scale, y0 - 3, strokeColor=GREY, strokeWidth=0.5))
    for t in ticks:
        x = label_w + t * scale
        d.add(Line(x, y0 - 3, x, y0 - 6, strokeColor=GREY, strokeWidth=0.5))
        d.add(String(x, y0 - 14, str(t), fontName="Helvetica", fontSize=7, textAnchor="middle",
                     fillColor=GREY))
    if unit_label:
        d.add(String(label_w + maxv * scale + 14, y0 - 14, unit_label, fontName="Helvetica", fontSize=7,
                     fillColor=GREY))
    return d


# =====================================================================================
# 01 — synthèse d'un baromètre « regards croisés »
# =====================================================================================
def doc01(path):
    footnotes = {
        1: ["1. Intervalle de confiance à 95" + N + "%, calculé pour un échantillon de 404 répondants."],
        2: ["2. Édition 2023 : 1" + N + "958 citoyens et 377 maires interrogés."],
        3: ["Observatoire des partenariats, 42 rue des Alliances, 75011 Paris. Tél. 01 99 00 42 17."],
    }

    def footer(p):
        return ("Baromètre « Regards croisés » 2025 – synthèse", "page %d" % (p + 4))

    doc = Doc(path, "Observatoire des partenariats  |  Baromètre « Regards croisés »  |  Synthèse publiée le 12 juin 2025",
              footer, footnotes)
    s = []
    # ---- page 1 (imprimée 5)
    s.append(P("Maires, entreprises, associations, citoyens : les alliances vues d'en bas", H1))
    s.append(P("Baromètre « Regards croisés » 2025 – 3e édition – principaux résultats", CHAPO))
    s.append(P("Pour cette troisième édition, la même question a été posée à chacun des publics du baromètre : "
               "« Dans votre territoire, les alliances entre collectivités, entreprises et associations sont-elles "
               "devenues indispensables ? » Le terrain s'est déroulé du 13 janvier au 21 février 2025."))
    box = [P("<b>Qui a répondu ?</b>", BOX),
           P("• 404 maires, dont 287 de communes de moins de 3" + N + "500 habitants", BOX),
           P("• 1" + N + "012 dirigeants d'entreprise de 10 salariés et plus", BOX),
           P("• 823 responsables associatifs", BOX),
           P("• 2" + N + "006 citoyens, représentatifs des Français de 18 ans et plus", BOX)]
    s.append(boxed(box))
    s.append(Spacer(1, 8))
    s.append(P("Le constat est partagé, mais à des degrés très inégaux : 72" + N + "% des maires jugent les "
               "alliances indispensables, contre 48" + N + "% des dirigeants d'entreprise. Les responsables "
               "associatifs (61" + N + "%) se rapprochent des élus, tandis que les citoyens se situent à mi-chemin, "
               "à 57" + N + "%."))
    s.append(P("L'écart entre maires et dirigeants atteint donc 24 points, un niveau jamais observé depuis la "
               "création du baromètre en 2019."))
    s.append(P("Marge d'erreur : ± 2,2 points pour les citoyens, ± 4,9 points pour les maires<super>1</super>."))
    s.append(PageBreak())
    # ---- page 2 (imprimée 6)
    s.append(P("1. La question centrale, public par public", H2))
    s.append(P("Tableau 1 – « Les alliances sont-elles indispensables ? » Réponses « oui » (en % de chaque public)",
               H3))
    s.append(data_table([
        ["Public", "Édition 2023", "Édition 2025"],
        ["Maires", "66" + N + "%", "72" + N + "%"],
        ["Dirigeants d'entreprise", "46" + N + "%", "48" + N + "%"],
        ["Responsables associatifs", "63" + N + "%", "61" + N + "%"],
        ["Citoyens", "52" + N + "%", "57" + N + "%"],
    ], [70 * mm, 40 * mm, 40 * mm]))
    s.append(Spacer(1, 5))
    s.append(P("<i>Lecture : en 2025, 72" + N + "% des maires répondent « oui », contre 66" + N + "% lors de "
               "l'édition 2023.</i>", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("L'édition 2023 a été réalisée en novembre et décembre 2022 et publiée en mars 2023<super>2</super>. "
               "Depuis, les maires, les dirigeants et les citoyens progressent. Seuls les responsables associatifs reculent, de deux "
               "points : la fatigue des bénévoles, souvent évoquée dans les réponses libres, pèse sans doute."))
    s.append(Spacer(1, 6))
    s.append(bar_chart([("Maires", 72), ("Dirigeants d'entreprise", 48), ("Responsables associatifs", 61),
                        ("Citoyens", 57)], width=380, label_w=120,
                       title="Graphique 1 – Part de « oui » en 2025, par public", unit_label="en %"))
    s.append(PageBreak())
    # ---- page 3 (imprimée 7)
    s.append(P("2. Qui doit faire le premier pas ?", H2))
    s.append(P("Pour 54" + N + "% des maires, c'est à la commune d'engager la démarche. Les responsables associatifs "
               "sont moins nombreux à le penser (38" + N + "%), et un dirigeant d'entreprise sur quatre seulement "
               "partage cet avis. Les citoyens attendent d'abord l'État. Ils sont 44" + N + "% à le citer en "
               "premier."))
    s.append(boxed([P("<b>Focus : les petites communes</b>", BOX),
                    P("Dans les communes de moins de 3" + N + "500 habitants, 78" + N + "% des maires jugent les "
                      "alliances indispensables, soit six points de plus que l'ensemble des maires. Mais "
                      "29" + N + "% seulement disposent d'un agent chargé des partenariats.", BOX)], bg=SAND))
    s.append(Spacer(1, 6))
    s.append(P("3. Les entreprises déjà engagées", H2))
    s.append(P("Près de deux dirigeants sur trois (64" + N + "%) déclarent au moins un partenariat actif avec une "
               "association ; dans les entreprises de 250 salariés et plus, la proportion atteint 81" + N + "%. "
               "Ces entreprises comptent en moyenne 2,4 partenaires associatifs."))
    s.append(P("4. Une préoccupation ancienne", H2))
    s.append(P("En 2008, l'étude ARPEA trouvait déjà 86" + N + "% de Français jugeant urgent de créer des "
               "partenariats ; quatre ans plus tard, ils étaient encore 84" + N + "%."))
    doc.build(s)


# =====================================================================================
# 02 — diaporama converti en PDF (paysage)
# =====================================================================================
SW, SH = landscape(A4)
S_TITLE = ParagraphStyle("st", fontName="Helvetica-Bold", fontSize=24, leading=28, textColor=colors.white)
S_CAP = ParagraphStyle("sc", fontName="Helvetica", fontSize=12, leading=14.5, alignment=TA_CENTER,
                       textColor=colors.HexColor("#222222"))
S_TXT = ParagraphStyle("stx", fontName="Helvetica", fontSize=13, leading=17)
S_SRC = ParagraphStyle("ssrc", fontName="Helvetica-Oblique", fontSize=9, leading=11, textColor=GREY)
S_NOTE = ParagraphStyle("sn", fontName="Helvetica", fontSize=9.5, leading=12)


def slide(c, num, title, bignums, body=None, source=None, notes=None, chart=None):
    blank_meta(c)
    # bandeau de titre
    c.setFillColor(BLUE)
    c.rect(0, SH - 80, SW, 80, stroke=0, fill=1)
    p = Paragraph(title, S_TITLE)
    _, h = p.wrap(SW - 80, 70)
    p.drawOn(c, 40, SH - 40 - h / 2)
    # gros chiffres : liste de (texte, légende, x, largeur, taille)
    for txt, cap, x, w, size in bignums:
        c.setFillColor(BLUE)
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(x + w / 2, SH - 150 - size * 0.4, txt)
        cp = Paragraph(cap, S_CAP)
        _, ch = cp.wrap(w, 60)
        cp.drawOn(c, x, SH - 175 - size * 0.4 - ch)
    y = SH - 290
    if body:
        for b in body:
            bp = Paragraph(b, S_TXT)
            _, bh = bp.wrap(SW - 100 if not chart else 360, 80)
            bp.drawOn(c, 50, y - bh)
            y -= bh + 8
    if chart:
        chart.drawOn(c, 440, 150)
    if source:
        sp = Paragraph(source, S_SRC)
        _, sh = sp.wrap(SW - 100, 40)
        sp.drawOn(c, 50, 128)
    # notes de l'orateur
    c.setFillColor(SAND)
    c.setStrokeColor(GREY)
    c.rect(30, 32, SW - 60, 84, stroke=1, fill=1)
    np_ = Paragraph("<b>Notes de l'orateur</b> – " + notes, S_NOTE)
    _, nh = np_.wrap(SW - 80, 76)
    np_.drawOn(c, 40, 108 - nh)
    c.setFont("Helvetica", 8)
    c.setFillColor(GREY)
    c.drawString(30, 14, "Rencontres des alliances territoriales – Lyon (69002), 18 septembre 2025")
    c.drawRightString(SW - 30, 14, "%d / 12" % num)
    c.showPage()


def doc02(path):
    c = rl_canvas.Canvas(path, pagesize=(SW, SH), invariant=1, pageCompression=0)
    blank_meta(c)
    # diapositive 4
    slide(c, 4, "Neuf maires sur dix voient leur territoire bouger",
          [("91" + N + "%", "des maires : territoire « en mouvement »", 60, 300, 64),
           ("35" + N + "%", "fortement", 420, 160, 40),
           ("56" + N + "%", "ni plus ni moins", 610, 160, 40)],
          source="Source : enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, 302 maires interrogés par téléphone "
                 "du 30 septembre au 28 octobre 2024.",
          notes="rappeler que 84" + N + "% des répondants sont maires de communes de moins de 2" + N + "000 "
                "habitants. Enquête publiée en novembre 2024 : ne pas la confondre avec l'édition précédente, dont "
                "les questions différaient.")
    # diapositive 5
    slide(c, 5, "Engagés, mais souvent démunis pour piloter",
          [("76" + N + "%", "des maires estiment leur territoire engagé", 80, 300, 60),
           ("46" + N + "%", "ne savent pas comment piloter une alliance", 460, 300, 60)],
          body=["• Communes de moins de 1" + N + "000 habitants : 12" + N + "% disposent d'un appui technique "
                "dédié",
                "• Intercommunalités : 1,8 équivalent temps plein en moyenne consacré aux partenariats"],
          source="Sources : programme IMPACT (2018-2022) pour les maires ; panel intercommunal de l'Observatoire, "
                 "vague de mai 2025, pour le reste.",
          notes="insister sur le paradoxe. Les trois quarts des maires se disent engagés, près d'un sur deux ne "
                "sait pas piloter. Citer la communauté de communes du Val-de-Brière : 14 communes, 2 agents "
                "partagés, une convention unique.")
    # diapositive 6
    chart = bar_chart([("Collectivités territoriales", 89), ("Structures d'intérêt général", 73),
                       ("Établissements scolaires", 70), ("Collectifs d'associations", 56)],
                      width=360, label_w=130, ticks=(0, 25, 50, 75, 100),
                      show_values=lambda v: "%d" % v + N + "%",
                      title="Avec quels partenaires ? (% des associations employeuses)", font=9)
    slide(c, 6, "98" + N + "% des associations employeuses ont au moins un partenaire",
          [("148" + N + "000", "associations employeuses en France", 60, 330, 56)],
          body=["Le partenariat est devenu la norme, quelle que soit la taille de l'association.",
                "Les collectivités restent de loin le premier partenaire."],
          chart=chart,
          source="Source : étude IMPACT – Associations &amp; Territoires (programme 2018-2022).",
          notes="l'ancrage reste d'abord local (73" + N + "%), puis régional (47" + N + "%). Bien distinguer "
                "cette échelle d'action des types de partenaires du graphique.")
    # diapositive 7
    slide(c, 7, "Passer à l'échelle : 1,5" + N + "M€ pour outiller les territoires",
          [("1,5" + N + "M€", "dotation du Fonds ODD 17", 50, 240, 54),
           ("3 ans", "d'expérimentation", 300, 220, 54),
           ("350", "catalyseurs territoriaux", 540, 240, 54)],
          body=["Fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.",
                "Objectif affiché : 1" + N + "000 catalyseurs d'ici 2030."],
          source="Source : présentation du Fonds ODD 17.",
          notes="rappeler que l'ODD 17 compte 19 cibles. Contact presse : 04 65 71 28 90 (Lyon 2e). Ne pas "
                "annoncer de nouveau montant avant le vote du conseil.")
    c.save()


# =====================================================================================
# 03 — actes d'un colloque (une puis deux colonnes)
# =====================================================================================
def doc03(path):
    footnotes = {
        1: ["1. Proposition de loi portée par Cathy Racon-Bouzon et assortie d'une feuille de route ministérielle "
            "de 21 mesures."],
        2: ["2. Réseau Emploi Solidaire 35 : association d'accompagnement vers l'emploi, Ille-et-Vilaine."],
        4: ["3. Loi n° 2024-1312 du 9 décembre 2024 relative aux alliances territoriales, article 1er."],
    }

    def footer(p):
        return ("Actes publiés en septembre 2025", "— %d —" % (p + 22))

    doc = Doc(path, "Actes du colloque « Faire alliance en territoire »  |  Rennes, 14 mars 2025", footer, footnotes)
    s = []
    # ---- page 1 (imprimée 23)
    s.append(P("Deuxième table ronde : ce que disent les chiffres", H1))
    s.append(P("Table ronde animée par Lucie Fabre, journaliste. Plus de 180 participants étaient réunis dans "
               "l'amphithéâtre Descartes.", CHAPO))
    s.append(P("Ouverture", H2))
    s.append(P("Martine Le Goff, maire de Landerval-sur-Vilaine (1" + N + "850 habitants), a ouvert la séance en "
               "rappelant un chiffre :"))
    s.append(P("« 92" + N + "% des maires disent avoir besoin d'alliances. Dans ma commune, nous avons signé onze "
               "conventions en six ans. »", QUOTE))
    s.append(P("Elle a aussi cité le plaidoyer pour un « droit de l'alliance<super>1</super> », selon lequel "
               "81" + N + "% des Français ressentent un « devoir d'alliance » et 84" + N + "% des dirigeants "
               "d'entreprise une « envie d'alliance »."))
    s.append(P("Elle a enfin salué le travail du RAMEAU, qui a recensé plus de 1" + N + "000 exemples inspirants "
               "d'alliances sur les territoires."))
    s.append(boxed([P("<b>Programme de la matinée</b>", BOX),
                    P("9 h 30 : accueil – 10 h : première table ronde – 11 h 15 : deuxième table ronde – "
                      "12 h 30 : synthèse", BOX)]))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # ---- page 2 (imprimée 24), deux colonnes
    s.append(P("Le regard d'une fondation", H2))
    s.append(P("Jean-Marc Pellerin, directeur de la Fondation Littoral Solidaire :"))
    s.append(P("« En 2024, notre fondation a soutenu 63 projets, pour un montant total de 2,3 millions d'euros. "
               "Quatre projets sur dix associent une entreprise locale, contre un sur quatre en 2021. »", QUOTE))
    s.append(P("Le regard d'une chercheuse", H2))
    s.append(P("Sophie Arnaud-Mercier, maîtresse de conférences à l'université Bretagne-Océan 2 :"))
    s.append(P("« Dans notre panel 2024 de 214 associations bretonnes, près de la moitié ont noué un partenariat "
               "avec une entreprise : 47" + N + "% exactement. Chez celles qui emploient plus de 10 salariés, on "
               "monte à 68" + N + "%. »", QUOTE))
    s.append(P("Elle a rappelé que, dans l'enquête nationale Associations &amp; Partenariats conduite en mai-juin "
               "2016, les associations comptaient en moyenne 2,5 partenaires."))
    s.append(FrameBreak())
    s.append(P("Questions de la salle", H2))
    s.append(P("Paul Ribeiro (Réseau Emploi Solidaire 35<super>2</super>) : « Vous citez 68" + N + "% : combien de ces "
               "partenariats durent plus de trois ans ? »"))
    s.append(P("Sophie Arnaud-Mercier : « Un peu plus d'un tiers. 36" + N + "% dépassent trois ans, et "
               "9" + N + "% dépassent dix ans. »"))
    s.append(P("Une participante a demandé si ces chiffres valaient pour les communes rurales. Réponse : le panel "
               "n'est pas conçu pour le dire, faute d'effectifs suffisants."))
    s.append(PageBreak())
    # ---- page 3 (imprimée 25), deux colonnes
    s.append(P("Le regard des entreprises", H2))
    s.append(P("Aïcha Benali, déléguée de l'Union des entreprises d'Armor-Vilaine :"))
    s.append(P("« Selon la note du 29 février 2016, 37" + N + "% des entreprises d'au moins 10 salariés avaient un "
               "partenariat associatif. Dans notre réseau de 1" + N + "240 adhérents, elles sont aujourd'hui "
               "52" + N + "%, et 71" + N + "% parmi les plus grandes. »", QUOTE))
    s.append(P("Elle a ajouté que la même note comptait 38" + N + "% d'associations engagées, et 53" + N + "% "
               "parmi les associations employeuses."))
    s.append(FrameBreak())
    s.append(P("Le regard d'un consultant", H2))
    s.append(P("Thomas Giraud, consultant :"))
    s.append(P("« Le programme IMPACT (2018-2022) l'a montré : les partenariats sont une source d'innovation pour "
               "87" + N + "% des maires, 86" + N + "% des responsables associatifs, 81" + N + "% des dirigeants "
               "d'entreprise et 74" + N + "% des Français. »", QUOTE))
    s.append(P("Une élue de Vitré : « Et les citoyens ? Vous dites 74" + N + "%, d'autres documents du même "
               "programme donnent 69" + N + "%. »"))
    s.append(P("Thomas Giraud : « Les deux chiffres circulent, et le 69" + N + "% figure bien dans d'autres "
               "publications. Il faut toujours citer la source. »"))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # ---- page 4 (imprimée 26)
    s.append(P("Synthèse", H1))
    s.append(P("Nadia Ferreira, rapporteure, a mis en garde contre les additions hâtives : les intervenants ont cité "
               "des populations très différentes, des maires (92" + N + "%) aux associations bretonnes "
               "(47" + N + "%) en passant par les entreprises adhérentes d'un réseau (52" + N + "%)."))
    s.append(P("Le cadre existe déjà. La charte du faire alliance a été lancée le 30 novembre 2021 à Saint-Maurice ; "
               "la Fondation des Territoires, créée le 14 juin 2022, réunit 21 co-fondateurs. La loi relative aux "
               "alliances territoriales<super>3</super> reconnaît désormais ces coopérations."))
    s.append(P("Prochaines étapes", H2))
    for b in ["Quatre ateliers départementaux d'ici la fin de l'année ;",
              "Un guide pratique tiré à 2" + N + "500 exemplaires ;",
              "Un budget de 85" + N + "000 € apporté par la Région et trois fondations."]:
        s.append(Paragraph(b, BULLET, bulletText="•"))
    s.append(Spacer(1, 8))
    s.append(P("Contact : secrétariat du colloque, 8 allée des Alliances, 35000 Rennes – 02 61 91 47 03.", SMALL))
    doc.build(s)


# =====================================================================================
# 04 — profil des répondants d'une enquête
# =====================================================================================
def doc04(path):
    footnotes = {
        2: ["4. Nomenclature d'activités française, révision 2 (NAF rév. 2), regroupée en grands secteurs."],
        3: ["5. Zone déduite du code postal du siège : par exemple 35000 (Rennes) relève de l'Ouest, 13001 "
            "(Marseille) du Sud."],
    }

    def footer(p):
        return ("Enquête Entreprises & alliances territoriales – rapport publié en octobre 2025", "%d" % (p + 40))

    doc = Doc(path, "Observatoire des partenariats  |  Annexe méthodologique  |  Enquête 2025", footer, footnotes)
    s = []

    def row(label, pct, n):
        return [label, pct + N + "%", "(" + n + ")"]

    # ---- page 1 (imprimée 41)
    s.append(P("Annexe 2 – Profil des entreprises répondantes", H1))
    s.append(P("2.1 Base et terrain", H2))
    s.append(P("L'enquête a été administrée en ligne et par téléphone du 3 au 28 mars 2025 auprès d'entreprises de "
               "10 salariés et plus, tirées du répertoire SIRENE. Au total, 1" + N + "206 entreprises ont répondu, "
               "soit un taux de réponse de 14" + N + "%."))
    s.append(P("Les résultats présentés dans le rapport sont redressés ; les effectifs ci-dessous sont bruts, entre "
               "parenthèses."))
    s.append(P("2.2 Taille", H2))
    s.append(P("Tableau A1 – Répartition par effectif salarié", H3))
    s.append(data_table([
        ["Effectif salarié", "Part", "(effectif)"],
        row("10 à 49 salariés", "46", "555"),
        row("50 à 249 salariés", "31", "374"),
        row("250 à 4" + N + "999 salariés", "19", "229"),
        row("5" + N + "000 salariés et plus", "4", "48"),
        row("Ensemble", "100", "1" + N + "206"),
    ], [70 * mm, 30 * mm, 30 * mm], bold_last=True))
    s.append(Spacer(1, 5))
    s.append(P("<i>Lecture : 46" + N + "% des entreprises répondantes (555) emploient de 10 à 49 salariés.</i>",
               SMALL))
    s.append(PageBreak())
    # ---- page 2 (imprimée 42)
    s.append(P("2.3 Secteur d'activité", H2))
    s.append(P("Tableau A2 – Répartition par grand secteur (NAF rév. 2<super>4</super>)", H3))
    s.append(data_table([
        ["Secteur", "Part", "(effectif)"],
        row("Industrie", "22", "265"),
        row("Construction", "11", "133"),
        row("Commerce", "18", "217"),
        row("Services", "49", "591"),
        row("Ensemble", "100", "1" + N + "206"),
    ], [70 * mm, 30 * mm, 30 * mm], bold_last=True))
    s.append(Spacer(1, 8))
    s.append(P("Les services regroupent près d'une entreprise répondante sur deux. L'industrie est plus concentrée : "
               "les deux tiers des entreprises industrielles répondantes emploient 50 salariés ou plus."))
    s.append(P("La comparaison avec les travaux antérieurs doit rester prudente. En janvier 2011, l'étude ARPEA "
               "Entreprises &amp; Territoires ne comptait que 21" + N + "% d'entreprises développant des "
               "partenariats, sur un champ et avec un questionnaire différents."))
    s.append(PageBreak())
    # ---- page 3 (imprimée 43)
    s.append(P("2.4 Région", H2))
    s.append(P("Tableau A3 – Répartition par zone du siège<super>5</super>", H3))
    s.append(data_table([
        ["Zone", "Part", "(effectif)"],
        row("Île-de-France", "24", "289"),
        row("Nord et Est", "23", "277"),
        row("Ouest", "27", "326"),
        row("Sud", "26", "314"),
        row("Ensemble", "100", "1" + N + "206"),
    ], [70 * mm, 30 * mm, 30 * mm], bold_last=True))
    s.append(Spacer(1, 8))
    s.append(P("Les entreprises franciliennes sont en moyenne plus grandes : 41" + N + "% d'entre elles emploient "
               "250 salariés ou plus, contre 17" + N + "% dans les autres zones."))
    s.append(P("Pour mémoire, la note du 29 février 2016 estimait à 37" + N + "% la part des entreprises d'au moins "
               "10 salariés engagées dans un partenariat."))
    s.append(PageBreak())
    # ---- page 4 (imprimée 44)
    s.append(P("2.5 Ancienneté du premier partenariat", H2))
    s.append(P("17 répondants (1,4" + N + "%) n'ont pas indiqué l'année de leur premier partenariat ; ils sont exclus "
               "du tableau A4, dont la base est donc de 1" + N + "189 entreprises."))
    s.append(P("Tableau A4 – Répartition par ancienneté du premier partenariat", H3))
    s.append(data_table([
        ["Ancienneté", "Part", "(effectif)"],
        row("Moins de 3 ans", "29", "345"),
        row("De 3 à 9 ans", "44", "523"),
        row("10 ans et plus", "27", "321"),
        row("Ensemble", "100", "1" + N + "189"),
    ], [70 * mm, 30 * mm, 30 * mm], bold_last=True))
    s.append(Spacer(1, 8))
    s.append(P("Parmi les 321 entreprises engagées depuis dix ans ou plus, 58" + N + "% ont signé une convention "
               "pluriannuelle avec au moins une association."))
    s.append(Spacer(1, 8))
    s.append(P("Contact : enquete@observatoire-partenariats.example – 42 rue des Alliances, 75011 Paris.", SMALL))
    doc.build(s)


# =====================================================================================
# 05 — note de recherche universitaire
# =====================================================================================
def doc05(path):
    footnotes = {
        1: ["1. Université Loire-Centre, laboratoire d'études des coopérations territoriales (LECT).",
            "2. Institut d'études territoriales, Clermont-Ferrand."],
        3: ["6. Nous remercions les 1" + N + "538 associations répondantes et les 12 fédérations qui ont relayé "
            "l'enquête."],
    }

    def footer(p):
        return ("Cahiers de recherche sur les coopérations territoriales, n° 7", "%d" % (p + 112))

    doc = Doc(path, "Note de recherche  |  version du 15 décembre 2025", footer, footnotes)
    s = []
    # ---- page 1 (imprimée 113)
    s.append(P("Petites communes, grandes alliances ? Les coopérations entre associations et mairies selon la taille "
               "de la commune", H1))
    s.append(P("Claire Vasseur<super>1</super> et Julien Morel<super>2</super>", BODY))
    s.append(boxed([P("<b>Résumé.</b> À partir d'une enquête auprès de 1" + N + "538 associations, nous montrons que "
                      "les associations des communes de moins de 3" + N + "500 habitants coopèrent davantage avec "
                      "leur mairie que celles des villes : 58" + N + "% contre 41" + N + "%. L'écart, de 17 points, "
                      "résiste aux contrôles par le budget et le secteur.", BOX),
                    P("Mots-clés : alliances ; communes rurales ; associations. Codes JEL : H70, L31.", BOX)]))
    s.append(Spacer(1, 6))
    s.append(P("1. Méthode", H2))
    s.append(P("L'enquête a été conduite du 2 avril au 28 juin 2024, en ligne, auprès d'un échantillon aléatoire "
               "stratifié tiré du Répertoire national des associations au 1er janvier 2024. Sur 7" + N + "320 "
               "associations sollicitées, 1" + N + "538 ont répondu (21" + N + "%)."))
    s.append(P("Parmi elles, 612 sont situées dans une commune de moins de 3" + N + "500 habitants, 431 dans une "
               "commune de 3" + N + "500 à 20" + N + "000 habitants et 495 au-delà. Les associations sans salarié "
               "représentent les deux tiers des répondants."))
    s.append(PageBreak())
    # ---- page 2 (imprimée 114)
    s.append(P("2. Résultats", H2))
    s.append(P("Tableau 2 – Coopérations déclarées selon la taille de la commune (en % des associations)", H3))
    s.append(data_table([
        ["Taille de la commune", "Coopère avec la mairie", "Partenariat avec une entreprise"],
        ["Moins de 3" + N + "500 hab.", "58" + N + "%", "19" + N + "%"],
        ["De 3" + N + "500 à 20" + N + "000 hab.", "49" + N + "%", "26" + N + "%"],
        ["Plus de 20" + N + "000 hab.", "41" + N + "%", "33" + N + "%"],
        ["Ensemble", "50" + N + "%", "25" + N + "%"],
    ], [60 * mm, 45 * mm, 55 * mm], bold_last=True))
    s.append(Spacer(1, 4))
    s.append(P("Note : écarts significatifs au seuil de 5" + N + "% (test du khi-deux). Champ : associations ayant "
               "répondu entre avril et juin 2024.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("La hiérarchie s'inverse pour les entreprises. Les associations des petites communes sont les moins "
               "nombreuses à travailler avec une entreprise (19" + N + "%) : l'écart avec les villes de plus de "
               "20" + N + "000 habitants atteint 14 points."))
    s.append(P("Parmi les associations employeuses, en revanche, 44" + N + "% de celles des petites communes ont un "
               "partenaire privé, contre 39" + N + "% de celles des villes (p &lt; 0,05)."))
    s.append(PageBreak())
    # ---- page 3 (imprimée 115)
    s.append(P("3. Discussion", H2))
    s.append(P("Nos résultats rejoignent l'enquête Associations &amp; Partenariats, dont le terrain date de mai-juin "
               "2016 et la publication de mars 2017 : 74" + N + "% des associations y citaient les collectivités "
               "parmi leurs partenaires, et 28" + N + "% seulement les entreprises. Le budget pesait déjà : "
               "50" + N + "% des associations de plus de 150" + N + "000 € avaient un partenariat avec une "
               "entreprise, contre 20" + N + "% de celles de moins de 10" + N + "000 €."))
    s.append(P("En 2024, la part des associations de notre échantillon déclarant au moins un partenaire atteint "
               "83" + N + "%. Limite : les associations de moins de deux ans ne forment que 4" + N + "% des "
               "répondants, ce qui sous-estime sans doute les partenariats naissants<super>6</super>."))
    s.append(P("Références", H2))
    for r in [
        "Le RAMEAU (2016), « Les modèles de co-construction », note du 29 février 2016.",
        "Morel J., Vasseur C. (2023), Territoires en coopération, Presses universitaires Loire-Centre, 2e éd.",
        "Recherches &amp; Solidarités, Le RAMEAU (2017), Associations &amp; Partenariats, mars 2017, 36 p.",
        "Vasseur C. (2021), « Les maires et leurs associations », Cahiers des coopérations locales, vol. 12, n° 3, "
        "p. 45-67.",
    ]:
        s.append(P(r, ParagraphStyle("ref", parent=BODY, fontSize=9, leading=11.5, leftIndent=12,
                                     firstLineIndent=-12)))
    doc.build(s)


DOCS = [
    ("obs-s118-01-barometre-regards-croises.pdf", doc01),
    ("obs-s118-02-diaporama-elus-territoires.pdf", doc02),
    ("obs-s118-03-actes-colloque.pdf", doc03),
    ("obs-s118-04-profil-repondants.pdf", doc04),
    ("obs-s118-05-note-recherche.pdf", doc05),
]

if __name__ == "__main__":
    for name, fn in DOCS:
        fn(os.path.join(HERE, name))
        print(name)
