"""Corpus fictif notes-s127 : 5 PDF « à la manière » de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides. Écrit les PDF dans le dossier du script.
Usage : /work/main/.venv/bin/python make_docs.py
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                Spacer, PageBreak, NextPageTemplate, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
M = 18 * mm

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=3)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=6,
                    spaceBefore=4, textColor=colors.HexColor("#1f4e79"))
QUOTE = ParagraphStyle("quote", parent=BODY, fontName="Helvetica-Oblique", leftIndent=12, rightIndent=12)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)


def P(t, st=BODY):
    return Paragraph(t, st)


def bullets(items, st=BUL):
    return [Paragraph(t, st, bulletText="\u2022") for t in items]


def box(title, items, width=W - 2 * M, bg="#eef3f8"):
    inner = [[P("<b>%s</b>" % title, CELL)]] + [[P(t, CELL)] for t in items]
    t = Table(inner, colWidths=[width - 4])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [t, Spacer(1, 8)]


def table(rows, widths, title=None):
    out = []
    if title:
        out.append(P("<b>%s</b>" % title, CELL))
        out.append(Spacer(1, 3))
    data = [[P(c, CELL) for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ef")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out += [t, Spacer(1, 8)]
    return out


def notes(items):
    return [Spacer(1, 6), Table([[""]], colWidths=[60 * mm], rowHeights=[1],
                                style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)], hAlign="LEFT")] + \
        [P(t, SMALL) for t in items]


def build(name, header, footer_fmt, first_printed, pages, two_col_pages=()):
    """pages: liste de listes de flowables ; two_col_pages : index (base 0) des pages en deux colonnes."""
    path = os.path.join(HERE, name)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(M, H - 11 * mm, header)
        n = first_printed + doc.page - 1 if first_printed is not None else None
        canv.drawRightString(W - M, 10 * mm, footer_fmt.format(n=n))
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="", author="", subject="", creator="", producer="",
                          keywords="", invariant=1)
    fw = W - 2 * M
    fh = H - 38 * mm
    one = PageTemplate("one", [Frame(M, 18 * mm, fw, fh, id="f")], onPage=deco)
    gap = 8 * mm
    cw = (fw - gap) / 2
    two = PageTemplate("two", [Frame(M, 18 * mm, cw, fh, id="c1"), Frame(M + cw + gap, 18 * mm, cw, fh, id="c2")],
                       onPage=deco)
    doc.addPageTemplates([one, two])
    story = []
    for i, flows in enumerate(pages):
        tpl = "two" if i in two_col_pages else "one"
        if i == 0:
            if tpl == "two":
                story.append(NextPageTemplate("two"))
                story.append(PageBreak())  # not used: first page is always one column
        else:
            story.append(NextPageTemplate(tpl))
            story.append(PageBreak())
        story += flows
    doc.build(story)
    return path


# ---------------------------------------------------------------- 01 jeunes
def doc01():
    hdr = "Observatoire des partenariats \u2014 Cahier n\u00b0 14 \u2014 mars 2024"
    p1 = [P("Les jeunes de 16 \u00e0 30 ans et l'engagement partag\u00e9", H1),
          P("Barom\u00e8tre 2024 de l'Institut Passerelles Jeunesse pour l'Observatoire des partenariats", H2),
          P("Enqu\u00eate en ligne r\u00e9alis\u00e9e du 4 au 22 septembre 2023 aupr\u00e8s de 1 206 jeunes \u00e2g\u00e9s "
            "de 16 \u00e0 30 ans, repr\u00e9sentatifs de leur classe d'\u00e2ge (m\u00e9thode des quotas)."),
          Spacer(1, 6)]
    p1 += box("L'essentiel", [
        "58 % des jeunes interrog\u00e9s ont donn\u00e9 du temps \u00e0 une association au cours de l'ann\u00e9e \u00e9coul\u00e9e.",
        "Parmi eux, un sur trois agit aussi dans un projet port\u00e9 avec une entreprise ou une collectivit\u00e9.",
        "Les \u00e9tudiants sont les plus engag\u00e9s (64 %), devant les actifs (57 %) et les jeunes sans emploi (41 %).",
        "Plus de 7 jeunes sur 10 souhaitent que les entreprises s'allient davantage aux associations.",
    ])
    p1 += [P("Ce cahier pr\u00e9sente les r\u00e9sultats en trois parties : les profils, les situations, les attentes. "
             "Il prolonge le programme PHARE de l'Observatoire, men\u00e9 de 2013 \u00e0 2018.")]

    p2 = [P("1. Qui s'engage ? Les parts par tranche d'\u00e2ge", H2)]
    p2 += table([["Tranche d'\u00e2ge", "Vague 2023", "Vague 2019<super>1</super>"],
                 ["16-18 ans", "52", "\u2014"],
                 ["19-24 ans", "61", "55"],
                 ["25-30 ans", "59", "60"],
                 ["Ensemble", "58", "54"]],
                [30 * mm, 22 * mm, 22 * mm], title="Part des jeunes engag\u00e9s, selon l'\u00e2ge (en %)")
    p2 += [P("Les 19-24 ans sont les plus nombreux \u00e0 s'engager : 61 % d'entre eux l'ont fait dans l'ann\u00e9e, "
             "soit six points de plus qu'en 2019."),
           P("Chez les 25-30 ans, la part recule l\u00e9g\u00e8rement. Ils entrent dans la vie active et citent le "
             "manque de temps comme premier frein."),
           FrameBreak(),
           P("Les plus jeunes, interrog\u00e9s pour la premi\u00e8re fois, se disent engag\u00e9s \u00e0 52 %. "
             "Leur engagement passe d'abord par le lyc\u00e9e et les clubs sportifs."),
           P("L'\u00e9cart entre la tranche la plus engag\u00e9e et la moins engag\u00e9e reste faible : il ne "
             "d\u00e9passe pas neuf points.")]
    p2 += notes(["1. La vague 2019 portait sur 1 015 jeunes de 18 \u00e0 30 ans ; les 16-17 ans n'y figuraient pas."])

    p3 = [P("2. \u00c9tudiants, actifs, sans emploi : des trajectoires diff\u00e9rentes", H2),
          P("Les \u00e9tudiants repr\u00e9sentent 38 % de l'\u00e9chantillon. Parmi eux, 64 % ont donn\u00e9 du temps "
            "dans l'ann\u00e9e, et la moiti\u00e9 d'entre eux l'ont fait dans une association de leur campus."),
          P("Les actifs en emploi (49 % des r\u00e9pondants) s'engagent un peu moins : 57 %, dont pr\u00e8s d'un "
            "quart par le m\u00e9c\u00e9nat de comp\u00e9tences propos\u00e9 par leur employeur."),
          P("Quant aux jeunes sans emploi, ils ne sont que 41 % \u00e0 s'engager. Parmi ceux qui ne le font pas, "
            "72 % disent n'avoir jamais \u00e9t\u00e9 sollicit\u00e9s."),
          P("Les 13 % restants sont en alternance ou en service civique ; leurs effectifs sont trop faibles pour "
            "\u00eatre d\u00e9taill\u00e9s.")]
    p3 += box("Lecture", ["Sur 100 \u00e9tudiants interrog\u00e9s, 64 ont donn\u00e9 du temps \u00e0 une cause au cours de "
                          "l'ann\u00e9e. Les r\u00e9sultats sont pond\u00e9r\u00e9s (voir la m\u00e9thode, page 31)."])

    p4 = [P("3. Ce que les jeunes attendent des alliances", H2),
          P("Interrog\u00e9s sur les acteurs qui devraient agir ensemble, les jeunes citent d'abord les "
            "associations et les collectivit\u00e9s (68 %), puis les entreprises et les associations (61 %)."),
          P("Les causes prioritaires (plusieurs r\u00e9ponses possibles) :")]
    p4 += bullets(["agir pour le climat : 54 % ;", "lutter contre la pr\u00e9carit\u00e9 : 47 % ;",
                   "favoriser l'insertion professionnelle : 45 % ;",
                   "am\u00e9liorer l'acc\u00e8s au sport et \u00e0 la culture : 29 %."])
    p4 += [P("Pr\u00e8s de deux jeunes sur trois (63 %) jugent qu'une entreprise engag\u00e9e aux c\u00f4t\u00e9s "
             "d'associations est plus attractive pour un premier emploi. Ce chiffre atteignait 55 % dans "
             "l'\u00e9dition 2021 du barom\u00e8tre, qui interrogeait 980 jeunes."),
           P("Les jeunes rejoignent ici leurs a\u00een\u00e9s : en septembre 2015, 69 % des Fran\u00e7ais voyaient "
             "d\u00e9j\u00e0 dans l'alliance un devoir (\u00e9tude PHARE-Citoyens).")]
    p4 += notes(["Contact presse : 01 84 60 27 15 \u2014 Institut Passerelles Jeunesse, 12 rue des Tanneurs, "
                 "69007 Lyon."])
    return build("obs-s127-01-etude-engagement-jeunes.pdf", hdr,
                 "Barom\u00e8tre jeunes 2024 \u00b7 {n}", 4, [p1, p2, p3, p4], two_col_pages=(1,))


# ---------------------------------------------------------------- 02 RSE
def doc02():
    hdr = "Groupe Verdalis \u2014 Rapport RSE 2023 (publi\u00e9 le 28 mars 2024) \u2014 Chapitre 4"
    p1 = [P("4.3 Partenariats associatifs", H1),
          P("En 2023, le Groupe a consacr\u00e9 2,4 M\u20ac \u00e0 ses partenariats associatifs, contre 1,9 M\u20ac en 2022.")]
    p1 += box("Chiffres cl\u00e9s 2023", ["2,4 M\u20ac consacr\u00e9s aux partenariats",
                                       "312 collaborateurs engag\u00e9s sur leur temps de travail",
                                       "4 650 heures de m\u00e9c\u00e9nat de comp\u00e9tences",
                                       "27 associations soutenues dans 9 r\u00e9gions",
                                       "86 % des sites impliqu\u00e9s*"], width=90 * mm)
    p1 += [P("Ce budget se r\u00e9partit entre le m\u00e9c\u00e9nat financier (1,6 M\u20ac), les dons en nature "
             "(0,5 M\u20ac) et le m\u00e9c\u00e9nat de comp\u00e9tences, valoris\u00e9 \u00e0 300 000 \u20ac."),
           P("Notre politique de partenariat s'inscrit dans l'ODD 17 et dans la d\u00e9marche engag\u00e9e avec nos "
             "parties prenantes depuis la cr\u00e9ation de la fondation d'entreprise.")]
    p1 += notes(["* Sites ayant accueilli au moins une action partenariale dans l'ann\u00e9e."])

    p2 = [P("Indicateurs suivis", H2)]
    p2 += table([["Indicateur", "2021", "2022", "2023"],
                 ["Collaborateurs engag\u00e9s", "198", "254", "312"],
                 ["Heures de m\u00e9c\u00e9nat de comp\u00e9tences", "2 900", "3 780", "4 650"],
                 ["Associations soutenues", "19", "22", "27"]],
                [70 * mm, 25 * mm, 25 * mm, 25 * mm], title="Tableau 12 \u2014 Indicateurs partenariaux")
    p2 += [P("Parmi les 312 collaborateurs engag\u00e9s en 2023, 41 % sont des femmes et pr\u00e8s d'un tiers "
             "travaillent sur nos sites de moins de 50 salari\u00e9s."),
           P("Les heures sont d\u00e9clar\u00e9es par les collaborateurs dans l'outil de gestion des temps et "
             "valid\u00e9es par leur manager (proc\u00e9dure RH-4.2).")]

    p3 = [P("Objectifs 2026", H2), P("Feuille de route 2024-2026 :")]
    p3 += bullets(["porter le budget partenarial \u00e0 3 M\u20ac d'ici 2026 ;",
                   "atteindre 500 collaborateurs engag\u00e9s chaque ann\u00e9e ;",
                   "d\u00e9passer 6 000 heures de m\u00e9c\u00e9nat de comp\u00e9tences ;",
                   "soutenir au moins 35 associations, dont un tiers dans des communes de moins de 3 500 "
                   "habitants."])
    p3 += [P("Le dispositif s'appuie sur l'accord d'entreprise du 14 mars 2022 et sur la loi n\u00b0 2003-709 du "
             "1er ao\u00fbt 2003 relative au m\u00e9c\u00e9nat, qui ouvre droit \u00e0 une r\u00e9duction d'imp\u00f4t de 60 % "
             "des sommes vers\u00e9es."),
           P("\u00ab Sans les 45 b\u00e9n\u00e9voles de Verdalis, nous n'aurions pas pu ouvrir notre deuxi\u00e8me "
             "\u00e9picerie solidaire \u00bb, t\u00e9moigne Nadia Ferrand, pr\u00e9sidente de l'association Le Panier "
             "Commun.", QUOTE)]
    p3 += notes(["P\u00e9rim\u00e8tre : 14 sites en France, soit 2 180 salari\u00e9s au 31 d\u00e9cembre 2023."])
    return build("obs-s127-02-rapport-rse-partenariats.pdf", hdr, "Verdalis \u00b7 Rapport RSE 2023 \u00b7 {n}", 86,
                 [p1, p2, p3])


# ---------------------------------------------------------------- 03 monographie
def doc03():
    hdr = "Observatoire des partenariats \u00b7 Monographies territoriales \u00b7 juin 2023"
    p1 = [P("Monographie n\u00b0 7 \u2014 L'Alliance Val de Sorne pour l'emploi", H1),
          P("Donn\u00e9es arr\u00eat\u00e9es au 31 d\u00e9cembre 2022.", SMALL),
          P("Sur ce territoire rural de 23 communes et 31 400 habitants, dont 19 communes de moins de 1 000 "
            "habitants, une association d'insertion, 2 entreprises et la communaut\u00e9 de communes ont form\u00e9 "
            "une alliance en 2016."),
          P("Chronologie", H2)]
    p1 += [P(t, BUL) for t in [
        "2016 \u2014 Premier diagnostic partag\u00e9 : 140 demandeurs d'emploi de longue dur\u00e9e recens\u00e9s.",
        "2018 \u2014 Cr\u00e9ation de la plateforme \u00ab Sorne Emploi \u00bb, avec 6 partenaires fondateurs.",
        "2020 \u2014 La d\u00e9marche rejoint \u00ab Agir ensemble en Territoire \u00bb, initi\u00e9e en 2010 par Le RAMEAU.",
        "2021 \u2014 58 personnes accompagn\u00e9es retrouvent un emploi durable.",
        "2022 \u2014 11 entreprises signent la charte locale ; le budget atteint 420 000 \u20ac."]]

    p2 = [P("Chiffres cl\u00e9s (2022)", H2)]
    p2 += table([["Indicateur", "Valeur"],
                 ["Personnes accompagn\u00e9es depuis 2016", "265"],
                 ["Taux de sortie vers l'emploi durable", "46 %"],
                 ["Partenaires actifs", "17"],
                 ["Heures de b\u00e9n\u00e9volat des salari\u00e9s partenaires", "1 240"],
                 ["Part du budget apport\u00e9e par les entreprises", "35 %"]],
                [100 * mm, 30 * mm])
    p2 += [P("Le budget de 420 000 \u20ac se r\u00e9partit ainsi : 40 % de financements publics, 35 % "
             "d'entreprises (voir tableau) et le quart restant de fondations."),
           P("En 2016, seules 3 structures se parlaient ; elles sont aujourd'hui 17 \u00e0 se r\u00e9unir chaque "
             "trimestre, au si\u00e8ge de la communaut\u00e9 de communes.")]

    p3 = [P("Paroles de partenaires", H2),
          P("\u00ab Au d\u00e9part, nous pensions recruter 10 personnes ; nous en avons embauch\u00e9 24 en trois "
            "ans. \u00bb \u2014 H\u00e9l\u00e8ne Marquet, DRH des Conserveries du Val.", QUOTE),
          P("\u00ab Un tiers de nos b\u00e9n\u00e9voles vient d\u00e9sormais des entreprises partenaires. \u00bb \u2014 "
            "Karim Delaunay, pr\u00e9sident de Sorne Solidarit\u00e9s.", QUOTE),
          P("\u00ab La communaut\u00e9 de communes y consacre 0,8 % de son budget de fonctionnement, soit 96 000 \u20ac "
            "par an. \u00bb \u2014 Sylvie Ronchamp, vice-pr\u00e9sidente.", QUOTE),
          P("Perspectives 2025", H2),
          P("L'alliance vise 80 sorties vers l'emploi par an et l'ouverture d'un second tiers-lieu."),
          P("Contact : Maison de l'emploi du Val de Sorne, 2 place du March\u00e9, 39260 Sorne-le-Bourg.", SMALL)]
    return build("obs-s127-03-monographie-alliance-territoriale.pdf", hdr,
                 "Monographie n\u00b0 7 \u00b7 page {n} / 4", 2, [p1, p2, p3])


# ---------------------------------------------------------------- 04 Europe
def doc04():
    hdr = "R\u00e9seau europ\u00e9en Alliances & Territoires (REAT) \u2014 Regards crois\u00e9s, novembre 2022"
    p1 = [P("Les partenariats associations-entreprises en Europe", H1),
          P("Le r\u00e9seau compare pour la deuxi\u00e8me fois la diffusion des partenariats dans sept pays de "
            "l'Union europ\u00e9enne.")]
    p1 += table([["Pays", "Part (%)", "Rang"],
                 ["Pays-Bas", "48", "1"], ["Allemagne", "41", "2"], ["France<super>1</super>", "37", "3"],
                 ["Belgique", "34", "4"], ["Espagne", "29", "5"], ["Italie", "26", "6"], ["Pologne", "18", "7"],
                 ["Moyenne europ\u00e9enne (7 pays)", "33", "\u2014"]],
                [70 * mm, 25 * mm, 20 * mm],
                title="Part des entreprises de 10 salari\u00e9s et plus ayant au moins un partenariat avec une "
                      "association (2022)")
    p1 += [P("La France se classe au 3e rang des pays \u00e9tudi\u00e9s, au-dessus de la moyenne europ\u00e9enne.")]
    p1 += notes(["1. Pour la France, donn\u00e9e de la note de l'Observatoire des partenariats du 29 f\u00e9vrier 2016 "
                 "(entreprises d'au moins 10 salari\u00e9s)."])

    p2 = [P("Des \u00e9carts marqu\u00e9s", H2),
          P("Aux Pays-Bas, pr\u00e8s d'une entreprise sur deux (48 %) est engag\u00e9e, soit 15 points de plus que la "
            "moyenne."),
          P("L'\u00e9cart est inverse en Pologne, o\u00f9 moins d'une entreprise sur cinq d\u00e9clare un partenariat "
            "(18 %)."),
          FrameBreak(),
          P("C\u00f4t\u00e9 associations, la France fait mieux : 38 % des associations fran\u00e7aises (chiffre de 2016) "
            "ont un partenariat avec une entreprise, contre 31 % en moyenne europ\u00e9enne et 44 % en Allemagne.")]
    p2 += box("M\u00e9thode", ["Enqu\u00eate men\u00e9e de mars \u00e0 mai 2022 aupr\u00e8s de 5 600 entreprises et 4 100 "
                               "associations dans 7 pays ; marge d'erreur de \u00b1 2 points."], width=80 * mm)

    p3 = [P("Ce que les partenaires en attendent", H2),
          P("Compar\u00e9e \u00e0 l'\u00e9dition 2019 du r\u00e9seau, qui ne couvrait que 5 pays, la moyenne "
            "europ\u00e9enne a progress\u00e9 de 4 points (29 % alors).")]
    p3 += table([["Motivation", "France", "Moyenne europ\u00e9enne"],
                 ["Ancrage territorial", "62", "51"], ["Engagement des salari\u00e9s", "47", "55"],
                 ["Image et r\u00e9putation", "35", "44"]],
                [70 * mm, 25 * mm, 40 * mm],
                title="Principales motivations des entreprises partenaires (plusieurs r\u00e9ponses possibles, en %)")
    p3 += [P("En France, l'\u00e9tude IMPACT \u2013 Associations & Territoires montre que 73 % des associations "
             "employeuses pratiquent l'innovation soci\u00e9tale avec leurs partenaires.")]
    return build("obs-s127-04-comparaison-europeenne.pdf", hdr, "REAT \u2014 p. {n}", 12, [p1, p2, p3],
                 two_col_pages=(1,))


# ---------------------------------------------------------------- 05 questionnaire
def q(title, base, answers):
    out = [P("<b>%s</b> <i>(%s)</i>" % (title, base), BODY)]
    out += bullets(answers)
    return out + [Spacer(1, 4)]


def doc05():
    hdr = "F\u00e9d\u00e9ration Cap Solidaire \u00b7 Enqu\u00eate Partenariats 2024 \u00b7 r\u00e9sultats d\u00e9taill\u00e9s \u00b7 avril 2024"
    p1 = [P("R\u00e9sultats question par question", H1),
          P("Questionnaire administr\u00e9 en ligne du 15 janvier au 9 f\u00e9vrier 2024 ; 412 responsables "
            "associatifs ont r\u00e9pondu.")]
    p1 += q("Q1. Votre association a-t-elle au moins un partenaire ?", "base : 412 r\u00e9pondants",
            ["Oui : 81 %", "Non : 17 %", "Ne sait pas : 2 %"])
    p1 += q("Q2. Avec quels types de partenaires ?",
            "plusieurs r\u00e9ponses possibles ; base : 334 r\u00e9pondants ayant un partenaire",
            ["Collectivit\u00e9s : 74 %", "Associations ou fondations : 72 %", "Entreprises : 28 %",
             "Total sup\u00e9rieur \u00e0 100 %"])
    p1 += q("Q3. Combien de partenaires ?", "base : 334 r\u00e9pondants",
            ["1 : 31 %", "2 ou 3 : 46 %", "4 ou plus : 23 %", "Moyenne : 2,5 partenaires"])

    p2 = q("Q4. Depuis quand travaillez-vous avec votre principal partenaire ?", "base : 334 r\u00e9pondants",
           ["Moins de 3 ans : 27 %", "De 3 \u00e0 10 ans : 48 %", "Plus de 10 ans : 25 %"])
    p2 += q("Q5. Quelle est la forme principale de ce partenariat ?", "une seule r\u00e9ponse ; base : 334 r\u00e9pondants",
            ["M\u00e9c\u00e9nat financier : 39 %", "M\u00e9c\u00e9nat de comp\u00e9tences : 21 %",
             "Coop\u00e9ration \u00e9conomique : 18 %", "Innovation soci\u00e9tale : 22 %"])
    p2 += q("Q6. Quelle note donnez-vous \u00e0 ce partenariat, de 0 \u00e0 10 ?", "base : 334 r\u00e9pondants",
            ["Note moyenne : 7,4/10", "Note de 8 \u00e0 10 : 44 %", "Note de 0 \u00e0 4 : 9 %"])

    p3 = q("Q7. Quels effets avez-vous observ\u00e9s ?", "plusieurs r\u00e9ponses possibles ; base : 334 r\u00e9pondants",
           ["Nouveaux b\u00e9n\u00e9voles : 43 %", "Nouvelles ressources : 61 %", "Innovation : 37 %",
            "Aucun effet : 8 %"])
    p3 += q("Q8. Souhaitez-vous nouer un partenariat ?", "base : 78 r\u00e9pondants sans partenaire",
            ["Oui : 46 %", "Non : 54 %"])
    p3 += q("Q9. Budget annuel de l'association", "base : 412 r\u00e9pondants",
            ["Moins de 10 000 \u20ac : 34 %", "De 10 000 \u00e0 150 000 \u20ac : 45 %", "Plus de 150 000 \u20ac : 21 %"])

    p4 = q("Q10. Part des associations ayant un partenaire entreprise, selon le budget", "base : 412 r\u00e9pondants",
           ["Plus de 150 000 \u20ac : 50 %", "Moins de 10 000 \u20ac : 20 %"])
    p4 += q("Q11. Vos priorit\u00e9s pour 2025 ?", "deux r\u00e9ponses possibles ; base : 412 r\u00e9pondants",
            ["Trouver des b\u00e9n\u00e9voles : 58 %", "Diversifier les financements : 71 %", "Mesurer l'impact : 33 %"])
    p4 += q("Q12. Connaissez-vous l'Observatoire des partenariats ?", "base : 412 r\u00e9pondants",
            ["Oui, et j'ai lu une \u00e9tude : 12 %", "Oui, de nom : 35 %", "Non : 53 %"])
    p4 += notes(["Rappel : en 2016, l'enqu\u00eate \u00ab Associations & Partenariats \u00bb (plus de 1 380 responsables "
                 "interrog\u00e9s) donnait 2,5 partenaires en moyenne."])
    return build("obs-s127-05-questionnaire-resultats.pdf", hdr, "Annexe A \u2014 page A{n}", 3, [p1, p2, p3, p4])


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
