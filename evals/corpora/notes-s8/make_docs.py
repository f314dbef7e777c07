# -*- coding: utf-8 -*-
"""Build the 5 blind-QA documents of set s8 (deterministic: invariant=1).

Run: /work/main/.venv/bin/python make_docs.py   (writes the PDFs next to this script)
Facts come only from /work/shared/facts.md; the sentences are new.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONTDIR, "DejaVuSans-BoldOblique.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

BLUE = colors.HexColor("#1d4e89")
LIGHT = colors.HexColor("#e8eef7")

S = {
    "label": ParagraphStyle("label", fontName="DV-B", fontSize=10, textColor=BLUE, spaceAfter=6,
                            leading=13),
    "title": ParagraphStyle("title", fontName="DV-B", fontSize=19, leading=24, spaceAfter=10),
    "subtitle": ParagraphStyle("subtitle", fontName="DV-I", fontSize=11, leading=15, spaceAfter=8),
    "year": ParagraphStyle("year", fontName="DV-B", fontSize=12, leading=15, spaceAfter=12,
                           textColor=colors.HexColor("#555555")),
    "h2": ParagraphStyle("h2", fontName="DV-B", fontSize=12.5, leading=16, spaceBefore=8,
                         spaceAfter=5, textColor=BLUE),
    "body": ParagraphStyle("body", fontName="DV", fontSize=9.6, leading=13.2, spaceAfter=6),
    "small": ParagraphStyle("small", fontName="DV-I", fontSize=8, leading=10.5, spaceAfter=4,
                            textColor=colors.HexColor("#444444")),
    "bullet": ParagraphStyle("bullet", fontName="DV", fontSize=9.6, leading=13, leftIndent=12,
                             bulletIndent=2, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.8, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="DV-B", fontSize=8.8, leading=11),
    "box": ParagraphStyle("box", fontName="DV", fontSize=9.4, leading=12.6, spaceAfter=3),
    "boxh": ParagraphStyle("boxh", fontName="DV-B", fontSize=11, leading=14, spaceAfter=5,
                           textColor=BLUE),
    "slide_h": ParagraphStyle("slide_h", fontName="DV-B", fontSize=22, leading=28, spaceAfter=14,
                              textColor=BLUE),
    "slide": ParagraphStyle("slide", fontName="DV", fontSize=15, leading=22, spaceAfter=4),
    "cover_label": ParagraphStyle("cover_label", fontName="DV-B", fontSize=13, leading=16,
                                  textColor=BLUE, alignment=TA_CENTER, spaceAfter=20),
    "cover_title": ParagraphStyle("cover_title", fontName="DV-B", fontSize=24, leading=31,
                                  alignment=TA_CENTER, spaceAfter=18),
    "cover_sub": ParagraphStyle("cover_sub", fontName="DV-I", fontSize=12, leading=17,
                                alignment=TA_CENTER, spaceAfter=30),
    "cover_year": ParagraphStyle("cover_year", fontName="DV-B", fontSize=16, leading=20,
                                 alignment=TA_CENTER),
}


def P(text, style="body"):
    return Paragraph(text, S[style])


def bullets(items):
    return [Paragraph(t, S["bullet"], bulletText="•") for t in items]


def table(rows, widths, header=True):
    data = []
    for i, r in enumerate(rows):
        st = "cellb" if (header and i == 0) else "cell"
        data.append([Paragraph(c, S["cellb"] if j == 0 and i > 0 else S[st]) for j, c in enumerate(r)])
    t = Table(data, colWidths=widths, hAlign="LEFT")
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def keybox(title, lines, width):
    inner = [Paragraph(title, S["boxh"])] + [Paragraph(l, S["box"]) for l in lines]
    t = Table([[inner]], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, BLUE),
                           ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


class Doc(BaseDocTemplate):
    """A4 document with banner, footer (web address + printed page label) and 3 templates."""

    def __init__(self, path, banner, footer, label_of, pagesize=A4, **kw):
        super().__init__(path, pagesize=pagesize, invariant=1, leftMargin=18 * mm,
                         rightMargin=18 * mm, topMargin=24 * mm, bottomMargin=22 * mm, **kw)
        self.banner, self.footer, self.label_of = banner, footer, label_of
        W, H = pagesize
        fw = W - self.leftMargin - self.rightMargin
        fh = H - self.topMargin - self.bottomMargin
        gap = 8 * mm
        one = Frame(self.leftMargin, self.bottomMargin, fw, fh, id="one")
        c1 = Frame(self.leftMargin, self.bottomMargin, (fw - gap) / 2, fh, id="c1")
        c2 = Frame(self.leftMargin + (fw + gap) / 2, self.bottomMargin, (fw - gap) / 2, fh, id="c2")
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[one], onPage=self.deco),
            PageTemplate(id="one", frames=[one], onPage=self.deco),
            PageTemplate(id="two", frames=[c1, c2], onPage=self.deco),
        ])
        self.fw = fw

    def deco(self, canv, doc):
        W, H = self.pagesize
        canv.saveState()
        canv.setFont("DV", 8)
        canv.setFillColor(BLUE)
        canv.drawString(self.leftMargin, H - 13 * mm, self.banner)
        canv.setStrokeColor(BLUE)
        canv.line(self.leftMargin, H - 15 * mm, W - self.rightMargin, H - 15 * mm)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(self.leftMargin, 11 * mm, self.footer)
        label = self.label_of(doc.page)
        if label:
            canv.drawRightString(W - self.rightMargin, 11 * mm, label)
        canv.restoreState()


# ---------------------------------------------------------------------------------------------
# Document 1: Repères historiques (note de synthèse, 2023), cover without page number,
# printed labels "1", "2", "3" on PDF pages 2-4.
def doc1():
    path = os.path.join(HERE, "obs-s8-01-reperes-historiques.pdf")
    d = Doc(path, "Observatoire des partenariats — Repères et histoire",
            "www.observatoire-des-partenariats.fr",
            lambda p: None if p == 1 else "— %d —" % (p - 1),
            title="Le RAMEAU et l'Observatoire des partenariats : repères", author="s8")
    st = []
    st += [Spacer(1, 45 * mm), P("NOTE DE SYNTHÈSE", "cover_label"),
           P("Le RAMEAU et l'Observatoire des partenariats : repères pour comprendre quinze ans de "
             "recherche sur les alliances", "cover_title"),
           P("Dates, personnes et programmes d'études, de la création du laboratoire aux plans "
             "quinquennaux", "cover_sub"),
           P("Édition 2023", "cover_year"),
           NextPageTemplate("two"), PageBreak()]
    # page 2 (printed 1): two columns
    st += [P("1. Un laboratoire associatif", "h2"),
           P("L'histoire commence en 2006 avec la naissance du RAMEAU. Cette structure a choisi le statut "
             "associatif et elle est reconnue d'intérêt général. Elle se décrit volontiers comme un "
             "« laboratoire de recherche empirique », parfois aussi comme un « laboratoire d'innovations "
             "partenariales ».", "body"),
           P("Son travail repose sur trois missions, la première étant de témoigner de ce qui se fait "
             "déjà sur le terrain. À ce titre, l'association tient un recueil de cas. Il rassemble "
             "aujourd'hui plus de 1 000 exemples inspirants.", "body"),
           P("Le laboratoire ne se contente pas d'observer : il teste ses modèles avec des acteurs "
             "volontaires. Le nombre d'organisations ayant participé à ces expérimentations depuis sa "
             "création est important. On en compte plus de 500 depuis 2006.", "body"),
           P("Le bilan se mesure aussi dans la durée : quinze années de recherche et cinq années "
             "d'étude d'impact.", "body"),
           P("2. Qui dirige ?", "h2"),
           P("Le fondateur du RAMEAU en est toujours le président. Il s'agit de Charles-Benoît "
             "Heidsieck. La direction générale est assurée par une autre personne. Ce poste est occupé "
             "par Laurence Weber.", "body"),
           P("3. La naissance de l'Observatoire", "h2"),
           P("L'Observatoire des partenariats est né en 2008. Ses deux fondateurs sont la Caisse des "
             "Dépôts et Le RAMEAU, qui ont associé à la démarche le MEDEF et le Mouvement associatif.",
             "body"),
           P("Une précision de date s'impose toutefois. Les documents les plus anciens, comme l'étude "
             "ARPEA Entreprises &amp; Territoires de janvier 2011 ou le rapport quinquennal de décembre "
             "2012, présentent l'« Observatoire national des partenariats associations / entreprises » "
             "comme créé en 2007. Les présentations récentes retiennent 2008.", "body"),
           P("La conduite scientifique des travaux a été confiée à une spécialiste des études. Anne "
             "Robin, fondatrice de COMISIS, assume cette direction scientifique de manière bénévole.",
             "body"),
           P("4. Une méthode en trois temps", "h2"),
           P("Chaque programme d'études dure environ cinq ans. On parle donc de plans quinquennaux, "
             "présentés à la page suivante.", "body"),
           NextPageTemplate("one"), PageBreak()]
    # page 3 (printed 2): table of programmes + ARPEA
    W = d.fw
    st += [P("5. Les trois plans quinquennaux", "h2"),
           table([["Programme", "Période", "Repère"],
                  ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal présenté le 11 décembre 2012"],
                  ["PHARE", "2013-2018 (2013-2017 dans certaines présentations)",
                   "6 volets publiés entre septembre 2015 et l'automne 2016"],
                  ["IMPACT", "2018-2022", "lancé dès novembre 2017"]],
                 [0.18 * W, 0.32 * W, 0.50 * W]),
           Spacer(1, 8),
           P("Le sigle du premier programme ne s'écrit pas toujours de la même façon. Le rapport "
             "quinquennal le développe en « Analyse des Relations et des Partenariats entre Entreprises "
             "et Associations ». D'autres pages préfèrent « Analyser les Relations Partenariales entre "
             "Entreprises et Associations », et une troisième version dit « Analyse des Relations "
             "Associations-Entreprises ».", "body"),
           P("6. Ce qu'ARPEA a mesuré", "h2"),
           P("Du côté du grand public, la question posée portait sur l'urgence de développer des "
             "partenariats. En 2008, 86 % des Français la jugeaient urgente. Ils étaient encore 84 % en "
             "2012.", "body"),
           P("Côté associations, l'observatoire estime que près de 46 % d'entre elles travaillent déjà "
             "avec au moins une entreprise.", "body"),
           P("Le volet consacré aux entreprises et à leurs territoires, publié en janvier 2011, a classé "
             "les entreprises selon leur position vis-à-vis des partenariats :", "body"),
           table([["Position des entreprises (ARPEA Entreprises &amp; Territoires, janvier 2011)", "Part"],
                  ["développent déjà des partenariats", "21 %"],
                  ["souhaitent en développer", "33 %"],
                  ["ne souhaitent pas en développer", "46 %"]],
                 [0.70 * W, 0.30 * W]),
           Spacer(1, 8),
           P("7. Un rapport pour la ministre", "h2"),
           P("La ministre Valérie Fourneyron a souhaité disposer d'un état des lieux des partenariats "
             "entre associations et entreprises. Le rapport qui y répond est paru au début de l'année "
             "2014.", "body"),
           PageBreak()]
    # page 4 (printed 3)
    st += [P("8. IMPACT, le troisième programme", "h2"),
           P("Le programme IMPACT réunit plusieurs partenaires autour du RAMEAU :", "body")]
    st += bullets(["la Caisse des Dépôts ;", "l'Institut CDC pour la Recherche ;",
                   "le Groupe La Poste ;", "la Fondation TOTAL ;", "Le RAMEAU lui-même."])
    st += [Spacer(1, 4),
           P("Ses travaux s'organisent selon trois axes : l'innovation sociétale et territoriale, la "
             "performance des organisations et la confiance. Les publications parlent aussi de trois "
             "indicateurs (innovation, performance, confiance).", "body"),
           P("9. Des territoires pilotes", "h2"),
           P("Dès 2010, une démarche intitulée « Agir ensemble en Territoire » prend le relais d'une "
             "étude de terrain. Cette étude est le volet ARPEA-Collectivités locales, réalisé par "
             "Comisis et OpinionWay.", "body"),
           keybox("Les trois territoires pilotes d'« Agir ensemble en Territoire »",
                  ["Alsace, avec Alsace Active", "Poitou-Charentes, avec le Groupe La Poste",
                   "Paris-Est Marne &amp; Bois"], W * 0.75),
           Spacer(1, 8),
           P("À retenir : Le RAMEAU (2006) et l'Observatoire (2008) forment le socle d'un travail de "
             "recherche qui s'est ensuite élargi aux élus, aux fondations et aux territoires.", "small")]
    d.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# Document 2: PHARE (synthèse d'étude, 2017). 3 pages, chiffres clés box, table, slide-like page.
def doc2():
    path = os.path.join(HERE, "obs-s8-02-programme-phare.pdf")
    d = Doc(path, "Observatoire des partenariats | Programme PHARE | Synthèse",
            "Retrouvez les études sur observatoire-des-partenariats.fr",
            lambda p: "Page %d/3" % p, title="PHARE : synthèse des résultats", author="s8")
    W = d.fw
    st = [P("SYNTHÈSE D'ÉTUDE", "label"),
          P("PHARE : ce que les citoyens, les entreprises et les maires pensent des alliances", "title"),
          P("Publication 2017", "year"),
          P("Deuxième plan quinquennal de l'Observatoire des partenariats, le programme PHARE s'est "
            "déployé de 2013 à 2018. Ses résultats ont été publiés en six volets successifs :", "body")]
    st += bullets(["Citoyens : septembre 2015 ;", "Entreprises : octobre 2015 ;",
                   "Associations : novembre 2015 ;", "13 rapports régionaux : 2016 ;",
                   "diagnostics sectoriels : juillet 2016 ;", "Institutions : automne 2016."])
    st += [Spacer(1, 8),
           keybox("CHIFFRES CLÉS", ["Plus de 2 000 personnes interrogées pour le volet Citoyens",
                                    "69 % des Français : les alliances sont un devoir",
                                    "5 profils de maires identifiés par PHARE-Institutions"], W * 0.8),
           Spacer(1, 8),
           P("Le volet Citoyens a été le premier publié, en septembre 2015. Il a mis en évidence une "
             "attente forte vis-à-vis de la coopération entre acteurs. Près de sept Français sur dix, "
             "soit 69 %, y voient même un « devoir d'alliance ».", "body"),
           NextPageTemplate("two"), PageBreak()]
    # page 2: two columns with table
    half = (W - 8 * mm) / 2
    st += [P("Les priorités des Français", "h2"),
           P("Les personnes interrogées devaient noter sur 10 l'importance de plusieurs enjeux pour leur "
             "territoire. Le tableau ci-dessous reprend ces notes.", "body"),
           table([["Enjeu", "Note /10"], ["Emploi", "7,1"], ["Pouvoir d'achat", "6,6"],
                  ["Sécurité", "6,6"], ["Développement économique", "6,5"], ["Environnement", "6,3"],
                  ["Exclusion", "6,3"]], [half * 0.68, half * 0.32]),
           Spacer(1, 4),
           P("Note : une présentation de l'étude reprise dans la presse attribue à la sécurité la note "
             "de 7/10.", "small"),
           P("Où les partenariats changent-ils la donne ?", "h2"),
           P("Une autre question portait sur les domaines dans lesquels les partenariats ont, selon les "
             "citoyens, un impact fort. L'emploi arrive en tête. Il est cité par 49% des personnes "
             "interrogées.", "body"),
           P("Le développement économique suit de près avec 46%. L'environnement recueille 42%, tandis "
             "que la précarité et l'éducation obtiennent chacune 36%.", "body"),
           P("Un panorama de la co-construction", "h2"),
           P("Une note datée du 29 février 2016 a fait le point sur les modèles de co-construction. "
             "Elle chiffre la part des organisations engagées dans des partenariats.", "body"),
           P("Pour les entreprises d'au moins 10 salariés, la proportion est de 37%. Elle atteint 38% "
             "pour les associations. Parmi les seules associations employeuses, c'est 53%.", "body"),
           P("Chez les organisations pionnières, la proportion monte à 65%.", "body"),
           P("Le volet Entreprises", "h2"),
           P("Publié en octobre 2015, le volet consacré aux entreprises complète le regard des citoyens "
             "par celui des dirigeants. Les diagnostics sectoriels de juillet 2016 et les 13 rapports "
             "régionaux de 2016 ont ensuite décliné ces constats par secteur et par région.", "body"),
           NextPageTemplate("one"), PageBreak()]
    # page 3: slide-like page
    st += [P("PHARE-Institutions", "slide_h"),
           P("→ publié le 29 novembre 2016", "slide"),
           P("→ cible : les maires", "slide"),
           P("→ 5 profils de maires", "slide"),
           P("→ dernier des 6 volets de PHARE", "slide"),
           Spacer(1, 14),
           P("Programme PHARE", "slide_h"),
           P("→ 2e plan quinquennal", "slide"),
           P("→ après ARPEA (2008-2012)", "slide"),
           P("→ avant IMPACT (2018-2022)", "slide")]
    d.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# Document 3: Associations & territoires (fiche résultats, 2021). Extract of a larger report:
# printed labels 14, 15, 16.
def doc3():
    path = os.path.join(HERE, "obs-s8-03-associations-partenaires.pdf")
    d = Doc(path, "IMPACT | Associations & Territoires | Fiche résultats",
            "observatoire-des-partenariats.fr / lerameau.fr",
            lambda p: "p. %d" % (p + 13), title="Associations et partenaires", author="s8")
    W = d.fw
    st = [P("FICHE RÉSULTATS", "label"),
          P("Associations : des partenaires nombreux, surtout près de chez elles", "title"),
          P("Année de publication : 2021", "year"),
          P("Cette fiche rassemble les résultats du volet « Associations &amp; Territoires » du "
            "programme IMPACT. Le champ couvert est celui des associations qui emploient des salariés. "
            "Elles sont 148 000 en France.", "body"),
          P("Presque toutes coopèrent avec d'autres acteurs. La part de celles qui déclarent au moins un "
            "partenariat s'élève à 98 %.", "body"),
          P("Avec qui les associations employeuses coopèrent-elles ?", "h2"),
          table([["Type de partenaire", "Part des associations employeuses concernées"],
                 ["Collectivités territoriales", "89 %"],
                 ["Structures d'intérêt général", "73 %"],
                 ["Établissements scolaires", "70 %"],
                 ["Collectifs d'associations", "56 %"],
                 ["Acteurs publics nationaux", "52 %"],
                 ["Fédérations professionnelles", "37 %"],
                 ["Acteurs académiques", "35 %"]], [0.55 * W, 0.45 * W]),
          Spacer(1, 6),
          P("Lecture : 70 % des associations employeuses ont un partenariat avec un établissement "
            "scolaire.", "small"),
          NextPageTemplate("two"), PageBreak()]
    half = (W - 8 * mm) / 2
    st += [P("À quelle échelle ?", "h2"),
           P("Les partenariats se nouent d'abord à proximité. L'échelon local concerne 73 % des "
             "associations employeuses. L'échelon régional vient ensuite. Il en concerne 47 %.", "body"),
           P("Sous quelle forme ?", "h2"),
           P("Quatre modes de relation sont distingués :", "body")]
    st += bullets(["le mécénat : 75 % ;", "l'innovation sociétale : 73 % ;",
                   "les pratiques responsables : 70 % ;", "la coopération économique : 58 %."])
    st += [Spacer(1, 4),
           P("Pour comparaison : l'enquête de 2016", "h2"),
           P("Avant IMPACT, une autre enquête avait interrogé les associations. Réalisée avec "
             "Recherches &amp; Solidarités, elle a été publiée en mars 2017.", "body"),
           P("Les réponses avaient été recueillies en mai et juin 2016. Plus de 1 380 responsables "
             "associatifs y avaient participé.", "body"),
           P("En moyenne, une association déclarait alors 2,5 partenaires. Les types de partenaires se "
             "répartissaient ainsi :", "body"),
           table([["Partenaire (enquête 2016)", "Part"], ["Collectivités", "74 %"],
                  ["Associations et fondations", "72 %"], ["Enseignement", "47 %"],
                  ["Entreprises", "28 %"], ["Structures d'insertion", "22 %"], ["Recherche", "9 %"]],
                 [half * 0.66, half * 0.34]),
           Spacer(1, 6),
           P("La taille compte. Parmi les associations dont le budget dépasse 150 000 €, la moitié "
             "(50 %) a un partenariat avec une entreprise. Chez celles qui disposent de moins de "
             "10 000 €, la proportion tombe à 20 %.", "body"),
           NextPageTemplate("one"), PageBreak()]
    st += [P("L'innovation, vue par chacun", "slide_h"),
           P("Partenariats = source d'innovation ?", "slide"),
           P("Français : 74 %", "slide"),
           P("Dirigeants d'entreprise : 81 %", "slide"),
           P("Responsables associatifs : 86 %", "slide"),
           P("Maires : 87 %", "slide"),
           Spacer(1, 10),
           P("NB : une autre publication retient 69 % pour les citoyens.", "small"),
           Spacer(1, 14),
           P("Sortie de crise", "slide_h"),
           P("Co-construire pour rebondir après le Covid ?", "slide"),
           P("Oui pour 81 % des Français", "slide"),
           P("Oui pour 84 % des dirigeants de TPE et PME", "slide"),
           P("Plus de 250 données inventoriées", "slide")]
    d.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# Document 4: Les maires (note d'analyse, 2025). Two columns, chiffres clés box.
def doc4():
    path = os.path.join(HERE, "obs-s8-04-maires-et-territoires.pdf")
    d = Doc(path, "Observatoire des partenariats — Élus locaux — Note d'analyse",
            "www.lerameau.fr  ·  www.observatoire-des-partenariats.fr",
            lambda p: "%d" % p, title="Les maires et les alliances", author="s8")
    W = d.fw
    st = [P("NOTE D'ANALYSE", "label"),
          P("Les maires et les alliances : des territoires en mouvement", "title"),
          P("2025", "year"),
          keybox("Chiffres clés de l'enquête de 2024",
                 ["302 maires interrogés par téléphone",
                  "91% jugent leur territoire en mouvement",
                  "84% des répondants élus de communes de moins de 2 000 habitants"], W * 0.85),
          Spacer(1, 10),
          P("Cette note présente l'enquête « IMPACTS &amp; TRAJECTOIRES – Elus locaux », parue en "
            "novembre 2024, et la replace dans la série des études que l'Observatoire consacre aux "
            "élus depuis près de dix ans.", "body"),
          NextPageTemplate("two"), PageBreak()]
    st += [P("Méthode", "h2"),
           P("Les entretiens ont eu lieu par téléphone. Ils se sont déroulés du 30 septembre au "
             "28 octobre 2024.", "body"),
           P("L'échantillon est composé de maires. Ils sont 302 à avoir répondu.", "body"),
           P("Les petites communes dominent l'échantillon. Ainsi, 84% des répondants exercent leur "
             "mandat dans une commune de moins de 2 000 habitants.", "body"),
           P("Des territoires qui bougent", "h2"),
           P("On a demandé aux maires si leur territoire était en mouvement. La réponse est "
             "largement positive : 91% le pensent.", "body"),
           P("Ce total se décompose en deux groupes. Le premier, 35%, estime que le territoire bouge "
             "fortement. Le second, 56%, considère qu'il bouge « ni plus ni moins » qu'ailleurs.",
             "body"),
           P("Quatre ans plus tôt", "h2"),
           P("L'étude IMPACT-Elus locaux de novembre 2020 avait été réalisée par Comisis et "
             "OpinionWay. Elle a donné naissance à une fiche-repère intitulée « Les dynamiques "
             "d'engagement des Collectivités territoriales ».", "body"),
           P("Les maires s'y montraient engagés. Trois sur quatre environ, 76%, décrivaient leur "
             "territoire comme engagé.", "body"),
           P("Une difficulté apparaissait néanmoins. Près de la moitié, 46%, disaient ne pas savoir "
             "piloter ces dynamiques.", "body"),
           P("Jouer collectif", "h2"),
           P("Les élus locaux veulent s'appuyer davantage sur le « jouer collectif » : c'est le cas de "
             "64% d'entre eux.", "body"),
           P("Quant à la co-construction, son utilité est reconnue par une très large majorité de "
             "maires. Ils sont 92% dans ce cas.", "body"),
           P("Un regard plus ancien", "h2"),
           P("PHARE-Institutions, publié le 29 novembre 2016, avait déjà distingué 5 profils de "
             "maires.", "body"),
           NextPageTemplate("one"), PageBreak()]
    st += [P("Récapitulatif des études sur les élus", "h2"),
           table([["Étude", "Date", "Résultat principal"],
                  ["PHARE-Institutions", "29 novembre 2016", "5 profils de maires"],
                  ["IMPACT-Elus locaux (Comisis-OpinionWay)", "novembre 2020",
                   "76% des maires : territoire engagé ; 46% ne savent pas piloter"],
                  ["IMPACTS &amp; TRAJECTOIRES – Elus locaux", "novembre 2024",
                   "91% : territoire en mouvement (302 maires)"]],
                 [0.38 * W, 0.20 * W, 0.42 * W]),
           Spacer(1, 10),
           P("Les résultats de 2020 et de 2024 ne portent pas sur la même question : le premier mesure "
             "l'engagement du territoire, le second son mouvement. Ils ne doivent donc pas être "
             "comparés directement.", "small")]
    d.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# Document 5: Faire alliance (dossier, 2023). 4 pages, slide-like page 3 (landscape feel kept A4).
def doc5():
    path = os.path.join(HERE, "obs-s8-05-droit-alliance-odd17.pdf")
    d = Doc(path, "DOSSIER · Faire alliance pour l'intérêt général",
            "Pour aller plus loin : www.lerameau.fr et www.odd17.org",
            lambda p: "Dossier, page %d" % p, title="Faire alliance", author="s8")
    W = d.fw
    st = [P("DOSSIER", "label"),
          P("Du droit à l'alliance à la Fondation des Territoires", "title"),
          P("Publié en 2023", "year"),
          P("1. Une mission confiée par le Gouvernement", "h2"),
          P("C'est à l'occasion du FNAF 2019 que Gabriel Attal a confié une mission ministérielle à "
            "deux personnalités. Il s'agit de Cathy Racon-Bouzon et de Charles-Benoît "
            "Heidsieck.", "body"),
          P("Le rapport de la mission a été remis au printemps suivant. La date retenue est le "
            "7 mai 2020.", "body"),
          P("Un bilan a été dressé quelques mois plus tard, le 17 octobre 2020.", "body"),
          P("2. Vers un droit de l'alliance", "h2"),
          P("Cathy Racon-Bouzon a ensuite porté une proposition de loi visant à reconnaître un « droit "
            "de l'alliance d'intérêt général ». Le texte a été déposé en février. Il a été agréé par le "
            "Bureau de l'Assemblée nationale puis publié au Journal officiel.", "body"),
          P("Le Gouvernement a parallèlement adopté une feuille de route ministérielle. Elle comprend "
            "21 mesures.", "body"),
          keybox("Pourquoi un droit de l'alliance ?",
                 ["81% des Français : un « devoir d'alliance »",
                  "92% des maires : un « besoin d'alliance »",
                  "84% des dirigeants d'entreprises : une « envie d'alliance »"], W * 0.8),
          PageBreak()]
    st += [P("3. La Charte du faire alliance", "h2"),
           P("La Charte est le fruit d'un travail collectif. Sa co-construction a duré 3 mois, sous le "
             "pilotage de la Fondation des Territoires.", "body"),
           P("Son lancement a eu lieu le 30 novembre 2021, jour du Giving Tuesday. La soirée VitaWin "
             "s'est tenue à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois.", "body"),
           P("La Charte se présente comme un « contrat de confiance » entre les acteurs qui la "
             "signent.", "body"),
           P("Attention : une annonce publiée sur associations.gouv.fr évoque un « mardi 30 septembre » ; "
             "les autres sources retiennent le 30 novembre 2021.", "small"),
           P("4. Des territoires pionniers", "h2"),
           P("Le CGET et Le RAMEAU ont lancé ensemble un parcours d'expérience sur la co-construction "
             "territoriale. Il réunit 11 territoires pionniers pendant 18 mois.", "body"),
           P("La première session s'est tenue le 3 mai. Une autre source évoque « 10 territoires "
             "pilotes ».", "body"),
           NextPageTemplate("one"), PageBreak()]
    st += [P("ODD 17 : les repères", "slide_h"),
           P("ODD 17 = 19 cibles", "slide"),
           P("Note Comité 21 : « ODD 17 : Sens, décryptages, déclinaisons » (5 juillet)", "slide"),
           Spacer(1, 8),
           P("Fonds ODD 17", "slide_h"),
           P("2020 : co-création", "slide"),
           P("Le RAMEAU + Fondation TotalEnergies", "slide"),
           P("1,5 M€ de dotation", "slide"),
           P("3 ans d'expérimentation", "slide"),
           P("350 « catalyseurs territoriaux »", "slide"),
           Spacer(1, 8),
           P("M.E.D.O.C. (www.odd17.org)", "slide_h"),
           P("Méthodes · Exemples · Données · Outils · Compétences", "slide"),
           PageBreak()]
    st += [P("5. La Fondation des Territoires", "h2"),
           P("La préfiguration de la fondation a commencé en juillet 2018. Elle s'est déroulée en trois "
             "étapes :", "body"),
           table([["Étape", "Période"], ["Étape 1", "juillet 2018 – juillet 2019"],
                  ["Étape 2", "août 2019 – novembre 2020"], ["Étape 3", "décembre 2020 – mai 2022"]],
                 [0.3 * W, 0.5 * W]),
           Spacer(1, 8),
           P("La fondation a été officiellement créée le 14 juin 2022. Elle est abritée par la "
             "Fondation de Lille.", "body"),
           P("Elle réunit 21 co-fondateurs. Elle s'est donné trois missions.", "body"),
           P("6. Les fondations, actrices des territoires", "h2"),
           P("L'étude IMPACT Fondations &amp; Territoires a été rendue publique un 23 septembre. Elle "
             "repose sur un échantillon de fondations. Au total, 42 fondations ont été interrogées.",
             "body"),
           P("Une fiche acteur, « Dynamique d'engagement des Fondations », en résume les "
             "enseignements.", "body")]
    d.build(st)
    return path


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
