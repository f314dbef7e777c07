"""Rebuild the five evaluation notes about l'Observatoire des partenariats (Le RAMEAU).

Run with:  /work/main/.venv/bin/python make_docs.py   (from this folder)

The sentences are ours; the figures, dates and names come from /work/shared/facts.md.
Each note has: a banner line repeated at the top of every page, a footer line with a web
address, and a document-type label in capitals on the first page. Layouts vary:
  01 two columns on every page
  02 tables of figures
  03 bullet lists
  04 key-figure box and a short bulleted agenda
  05 cover page without number, then pages printed "p. 1" to "p. 3" (physical 2 to 4)
The output is deterministic (invariant=1).
"""

import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVS-B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS-I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")
pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-B")

W, H = A4
DISCLAIMER = (
    "Document rédigé pour une évaluation, à partir de chiffres publiés par Le RAMEAU et "
    "l'Observatoire des partenariats ; ce n'est pas une publication de ces organismes."
)


def styles(base="DV", size=9.5, accent=colors.HexColor("#1f4e79")):
    s = {}
    s["body"] = ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.35,
                               alignment=TA_JUSTIFY, spaceAfter=5)
    s["label"] = ParagraphStyle("label", fontName=base + "-B", fontSize=9, leading=11,
                                textColor=accent, spaceAfter=4)
    s["title"] = ParagraphStyle("title", fontName=base + "-B", fontSize=17, leading=21,
                                textColor=colors.black, spaceAfter=6)
    s["sub"] = ParagraphStyle("sub", fontName=base + "-I", fontSize=10, leading=13,
                              textColor=colors.HexColor("#444444"), spaceAfter=8)
    s["h"] = ParagraphStyle("h", fontName=base + "-B", fontSize=11, leading=14,
                            textColor=accent, spaceBefore=6, spaceAfter=4)
    s["small"] = ParagraphStyle("small", fontName=base + "-I", fontSize=7.5, leading=9.5,
                                textColor=colors.HexColor("#555555"), spaceAfter=3)
    s["cell"] = ParagraphStyle("cell", fontName=base, fontSize=9, leading=11.5)
    s["cellb"] = ParagraphStyle("cellb", fontName=base + "-B", fontSize=9, leading=11.5)
    s["big"] = ParagraphStyle("big", fontName=base + "-B", fontSize=20, leading=24,
                              textColor=accent)
    return s


def make_page_decor(banner, footer_url, font="DV", accent=colors.HexColor("#1f4e79"),
                    number=lambda n: f"{n}"):
    """Banner at the top of every page, web address and page number in the footer."""

    def decor(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(accent)
        canvas.rect(1.5 * cm, H - 1.55 * cm, W - 3 * cm, 0.55 * cm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(font + "-B", 8.5)
        canvas.drawString(1.8 * cm, H - 1.37 * cm, banner)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.setFont(font, 7.5)
        canvas.line(1.5 * cm, 1.45 * cm, W - 1.5 * cm, 1.45 * cm)
        canvas.drawString(1.5 * cm, 1.0 * cm, footer_url)
        label = number(doc.page)
        if label:
            canvas.drawRightString(W - 1.5 * cm, 1.0 * cm, label)
        canvas.restoreState()

    return decor


def build(path, story, templates):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                          topMargin=2.0 * cm, bottomMargin=1.8 * cm, invariant=1,
                          title=os.path.basename(path), author="Équipe d'évaluation",
                          pageTemplates=templates)
    doc.build(story)


def one_frame_template(name, decor, top=2.1 * cm, bottom=1.8 * cm, margin=1.8 * cm):
    frame = Frame(margin, bottom, W - 2 * margin, H - top - bottom, id=name + "-f",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return PageTemplate(id=name, frames=[frame], onPage=decor)


# ---------------------------------------------------------------------------
# 01 — history, two columns
# ---------------------------------------------------------------------------

def doc01():
    accent = colors.HexColor("#7a2e1f")
    s = styles("DVS", 9.3, accent)
    decor = make_page_decor("Observatoire des partenariats  ·  Repères historiques",
                            "www.lerameau.fr  —  Observatoire des partenariats", "DVS", accent)
    top, bottom, margin, gap = 2.1 * cm, 1.8 * cm, 1.7 * cm, 0.7 * cm
    colw = (W - 2 * margin - gap) / 2
    head_h = 4.2 * cm
    first = PageTemplate(id="first", onPage=decor, frames=[
        Frame(margin, H - top - head_h, W - 2 * margin, head_h, id="head",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(margin, bottom, colw, H - top - bottom - head_h, id="c1",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(margin + colw + gap, bottom, colw, H - top - bottom - head_h, id="c2",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
    ])
    later = PageTemplate(id="later", onPage=decor, frames=[
        Frame(margin, bottom, colw, H - top - bottom, id="l1",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(margin + colw + gap, bottom, colw, H - top - bottom, id="l2",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
    ])
    P = lambda t, st="body": Paragraph(t, s[st])
    story = [
        NextPageTemplate("later"),
        P("FICHE REPÈRE", "label"),
        P("L'Observatoire des partenariats : origines, acteurs et grands jalons", "title"),
        P("Comment un programme de recherche sur les relations entre associations et "
          "entreprises est devenu un observatoire des alliances au service du bien commun.", "sub"),
        FrameBreak(),
        # page 1, column 1
        P("Le RAMEAU, un laboratoire associatif", "h"),
        P("Le RAMEAU a été créé en 2006. C'est une structure au statut associatif, reconnue "
          "d'intérêt général, qui se décrit volontiers comme un « laboratoire de recherche "
          "empirique » ou un « laboratoire d'innovations partenariales ». Son objet n'est pas de "
          "porter lui-même des projets de terrain, mais d'observer, d'expérimenter et de "
          "modéliser la manière dont des organisations différentes construisent ensemble."),
        P("L'association s'est donné trois missions, parmi lesquelles celle de témoigner des "
          "pratiques qui fonctionnent. À ce titre, elle a recensé plus de 1 000 exemples "
          "inspirants d'alliances. Elle revendique quinze ans de recherche et cinq ans d'étude "
          "d'impact, et ses expérimentations ont été menées auprès de plus de 500 organisations "
          "depuis sa création."),
        P("Les personnes", "h"),
        P("Le président-fondateur du RAMEAU est Charles-Benoît Heidsieck. La direction générale "
          "est assurée par Laurence Weber. Les travaux d'études de l'Observatoire reposent en "
          "outre sur une direction scientifique confiée à Anne Robin, fondatrice du cabinet "
          "COMISIS, qui exerce cette fonction bénévolement."),
        FrameBreak(),
        # page 1, column 2
        P("Naissance de l'Observatoire", "h"),
        P("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et "
          "Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Sa vocation est "
          "de mesurer, dans la durée, l'état des relations entre les associations, les "
          "entreprises, les collectivités et les citoyens."),
        P("Le lecteur attentif trouvera pourtant une autre date dans des documents plus "
          "anciens. La plaquette de l'étude ARPEA Entreprises &amp; Territoires, parue en "
          "janvier 2011, et le rapport quinquennal du 11 décembre 2012 s'ouvrent sur la formule "
          "« Créé en 2007, l'Observatoire national des partenariats associations / "
          "entreprises ». Les publications récentes retiennent 2008."),
        P("Une méthode empirique", "h"),
        P("L'Observatoire n'est pas un institut de sondage. Il combine des enquêtes "
          "quantitatives, réalisées avec des instituts spécialisés, des entretiens qualitatifs "
          "et l'analyse d'expériences de terrain. Chaque cycle d'études est pensé comme un "
          "programme pluriannuel, avec ses volets thématiques, ses publications et ses temps "
          "de restitution auprès des acteurs."),
        PageBreak(),
        # page 2, column 1
        P("Trois programmes quinquennaux", "h"),
        P("Les travaux de l'Observatoire sont organisés en plans quinquennaux successifs. "
          "Le premier, ARPEA, a couvert la période 2008-2012. Il a été suivi par le programme "
          "PHARE, de 2013 à 2018 (certaines présentations indiquent 2013-2017), puis par le "
          "programme IMPACT, prévu pour 2018-2022 et lancé dès novembre 2017."),
        P("ARPEA : le premier état des lieux", "h"),
        P("Le sigle ARPEA signifie « Analyse des Relations et des Partenariats entre Entreprises "
          "et Associations ». Selon les supports, on rencontre aussi « Analyser les Relations "
          "Partenariales entre Entreprises et Associations » ou « Analyse des Relations "
          "Associations-Entreprises » : trois formulations pour un même programme, qui a "
          "compté 10 volets."),
        P("ARPEA a installé quelques repères durables. La part des Français qui jugent urgent "
          "de créer des partenariats entre associations et entreprises atteignait 86 % en 2008 "
          "et 84 % en 2012. Côté associations, près de 46 % déclaraient être engagées avec une "
          "entreprise. Le programme s'est conclu par le rapport quinquennal rendu public le "
          "11 décembre 2012."),
        FrameBreak(),
        # page 2, column 2
        P("Le regard des entreprises en 2011", "h"),
        P("Le volet ARPEA Entreprises &amp; Territoires, publié en janvier 2011, s'est intéressé "
          "aux entreprises. Il en ressort que 21 % des entreprises développent des partenariats "
          "avec des associations, que 33 % souhaitent le faire et que 46 % ne le souhaitent pas. "
          "La coïncidence des 46 % est fortuite : il s'agit ici d'entreprises réticentes, et non "
          "d'associations engagées."),
        P("PHARE puis IMPACT", "h"),
        P("PHARE a élargi l'observation aux citoyens, aux institutions et aux territoires. "
          "IMPACT, de son côté, a été mené avec la Caisse des Dépôts, l'Institut CDC pour la "
          "Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il s'articule autour "
          "de trois axes : l'innovation sociétale et territoriale, la performance des "
          "organisations et la confiance."),
        PageBreak(),
        # page 3, column 1
        P("Un rapport demandé par la ministre", "h"),
        P("La reconnaissance institutionnelle est venue progressivement. La ministre Valérie "
          "Fourneyron a demandé un rapport d'état des lieux des partenariats entre associations "
          "et entreprises ; ce document a été publié au début de 2014 et s'est largement appuyé "
          "sur les résultats de l'Observatoire."),
        P("« Agir ensemble en Territoire »", "h"),
        P("La démarche « Agir ensemble en Territoire » a été initiée en 2010, à la suite de "
          "l'étude ARPEA-Collectivités locales réalisée par Comisis et OpinionWay. Trois "
          "territoires ont servi de pilotes : l'Alsace, avec Alsace Active ; le Poitou-Charentes, "
          "avec le Groupe La Poste ; et Paris-Est Marne &amp; Bois."),
        FrameBreak(),
        # page 3, column 2
        P("Ce qu'il faut retenir", "h"),
        P("De programme en programme, l'Observatoire est passé d'une question simple — les "
          "associations et les entreprises travaillent-elles ensemble ? — à une interrogation "
          "plus large sur la capacité des territoires à faire alliance. Les dates de création "
          "divergentes, 2007 ou 2008, rappellent qu'il faut toujours lire un chiffre avec la "
          "date du document qui le porte."),
        Spacer(1, 8),
        P("Sources : pages publiques de Le RAMEAU et de l'Observatoire des partenariats "
          "(qui sommes-nous, le cheminement, le programme PHARE, le programme IMPACT) ; "
          "rapport quinquennal de décembre 2012 ; étude ARPEA Entreprises &amp; Territoires.", "small"),
        P(DISCLAIMER, "small"),
    ]
    build(os.path.join(HERE, "obs-note-01-historique.pdf"), story, [first, later])


# ---------------------------------------------------------------------------
# 02 — PHARE-Citoyens, tables
# ---------------------------------------------------------------------------

def table(rows, s, widths, accent):
    data = [[Paragraph(c, s["cellb"] if i == 0 else s["cell"]) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def doc02():
    accent = colors.HexColor("#1f4e79")
    s = styles("DV", 9.8, accent)
    decor = make_page_decor("OBSERVATOIRE DES PARTENARIATS — Programme PHARE — Résultats",
                            "observatoire-des-partenariats.fr/le-programme-phare", "DV", accent)
    tpl = one_frame_template("p", decor)
    P = lambda t, st="body": Paragraph(t, s[st])
    story = [
        P("NOTE DE RÉSULTATS", "label"),
        P("PHARE-Citoyens : ce que les Français attendent des alliances", "title"),
        P("Le volet citoyen du programme PHARE et sa place dans l'ensemble du programme.", "sub"),
        P("Le programme PHARE en bref", "h"),
        P("Deuxième plan quinquennal de l'Observatoire des partenariats, PHARE a cherché à "
          "éclairer les relations entre les acteurs d'un même territoire. Il s'est déployé en "
          "six volets, publiés successivement : PHARE-Citoyens en septembre 2015, "
          "PHARE-Entreprises en octobre 2015, PHARE-Associations en novembre 2015, puis "
          "13 rapports régionaux en 2016, des diagnostics sectoriels en juillet 2016 et enfin "
          "le volet PHARE-Institutions à l'automne 2016."),
        P("L'enquête auprès des citoyens", "h"),
        P("Le volet citoyen repose sur une enquête conduite auprès de plus de 2 000 personnes. "
          "Il pose deux séries de questions : quelle importance les Français accordent-ils aux "
          "grands enjeux de leur territoire, et dans quels domaines pensent-ils que les "
          "partenariats entre associations, entreprises et pouvoirs publics ont un impact fort ?"),
        P("Le résultat le plus cité tient en une phrase : en septembre 2015, 69 % des Français "
          "reconnaissent un « devoir d'alliance » entre les acteurs. Les autres volets de PHARE "
          "ont mesuré le même sentiment chez les responsables : 81 % des dirigeants "
          "d'entreprise et 86 % des responsables associatifs le partagent."),
        P("Le message principal est donc celui d'une convergence. Les citoyens, les dirigeants "
          "et les responsables associatifs ne partent pas des mêmes préoccupations, mais ils "
          "se rejoignent sur l'idée qu'aucun acteur ne peut, seul, répondre aux fragilités "
          "des territoires."),
        PageBreak(),
        P("Les enjeux prioritaires des Français", "h"),
        P("Les personnes interrogées ont noté l'importance de chaque enjeu sur une échelle de "
          "0 à 10. Le tableau 1 reprend les notes moyennes publiées."),
        P("Tableau 1 — Importance des enjeux (note moyenne sur 10)", "cellb"),
        Spacer(1, 3),
        table([["Enjeu", "Note sur 10"],
               ["Emploi", "7,1"],
               ["Pouvoir d'achat", "6,6"],
               ["Sécurité", "6,6 *"],
               ["Développement économique", "6,5"],
               ["Environnement", "6,3"],
               ["Exclusion", "6,3"]], s, [8 * cm, 3.5 * cm], accent),
        Spacer(1, 4),
        P("* Un communiqué diffusé en octobre 2015 au moment de la publication indiquait pour "
          "la sécurité une note de 7/10. Les deux chiffres circulent ; la note de 6,6 est celle "
          "des résultats détaillés.", "small"),
        P("Où les partenariats font la différence", "h"),
        P("Interrogés sur les domaines où les partenariats ont un impact fort, les Français "
          "placent l'emploi en tête, devant le développement économique."),
        P("Tableau 2 — Domaines où l'impact des partenariats est jugé fort", "cellb"),
        Spacer(1, 3),
        table([["Domaine", "Part des Français"],
               ["Emploi", "49 %"],
               ["Développement économique", "46 %"],
               ["Environnement", "42 %"],
               ["Précarité", "36 %"],
               ["Éducation", "36 %"]], s, [8 * cm, 3.5 * cm], accent),
        Spacer(1, 6),
        P("Lecture : l'emploi est à la fois l'enjeu le mieux noté et le domaine où l'effet des "
          "alliances est le plus souvent jugé fort."),
        PageBreak(),
        P("PHARE-Institutions : le regard des maires", "h"),
        P("Dernier volet du programme, PHARE-Institutions a été publié le 29 novembre 2016. "
          "Il a permis de distinguer 5 profils de maires selon leur rapport à la "
          "co-construction, des plus engagés aux plus réservés. Il confirme la convergence "
          "observée chez les citoyens : 87 % des maires se retrouvent dans la démarche "
          "d'alliance."),
        P("Ces résultats ont servi de base au référentiel de co-construction territoriale "
          "diffusé auprès des élus, et préparé le programme suivant, IMPACT, consacré à "
          "l'évaluation des effets des alliances."),
        Spacer(1, 8),
        P("Sources : observatoire-des-partenariats.fr (le programme PHARE) ; publication des "
          "résultats de PHARE-Citoyens ; communiqué d'octobre 2015 ; présentation du référentiel "
          "de co-construction territoriale.", "small"),
        P(DISCLAIMER, "small"),
    ]
    build(os.path.join(HERE, "obs-note-02-phare-citoyens.pdf"), story, [tpl])


# ---------------------------------------------------------------------------
# 03 — associations, bullet lists
# ---------------------------------------------------------------------------

def bullets(items, s, bullet="•"):
    return ListFlowable([ListItem(Paragraph(i, s["body"]), leftIndent=14, value=bullet)
                         for i in items], bulletType="bullet", start=bullet, leftIndent=14,
                        bulletFontName="DV", bulletFontSize=9)


def doc03():
    accent = colors.HexColor("#2e6b30")
    s = styles("DV", 9.8, accent)
    decor = make_page_decor("Le RAMEAU · Observatoire des partenariats · Les associations et leurs partenaires",
                            "https://www.lerameau.fr", "DV", accent)
    tpl = one_frame_template("p", decor, margin=2.0 * cm)
    P = lambda t, st="body": Paragraph(t, s[st])
    story = [
        P("ÉTUDE — SYNTHÈSE", "label"),
        P("Les associations, championnes discrètes du partenariat", "title"),
        P("Ce que disent deux enquêtes sur les partenaires des associations.", "sub"),
        P("IMPACT – Associations &amp; Territoires", "h"),
        P("Dans le cadre du programme IMPACT, l'Observatoire a étudié les associations "
          "employeuses, au nombre de 148 000 en France. Le constat est massif : 98 % d'entre "
          "elles ont des partenariats. Le partenariat n'est donc pas l'exception mais la règle "
          "de fonctionnement du monde associatif employeur."),
        P("Les partenaires les plus fréquents sont les suivants (part des associations "
          "employeuses concernées) :"),
        bullets(["les collectivités territoriales : 89 % ;",
                 "les autres structures d'intérêt général : 73 % ;",
                 "les établissements scolaires : 70 % ;",
                 "les collectifs d'associations : 56 % ;",
                 "les acteurs publics nationaux : 52 % ;",
                 "les fédérations professionnelles : 37 % ;",
                 "les acteurs académiques : 35 %."], s),
        Spacer(1, 4),
        P("Les collectivités arrivent donc très largement en tête. Les établissements "
          "scolaires, souvent oubliés dans les débats sur les alliances, figurent parmi les "
          "trois premiers partenaires."),
        PageBreak(),
        P("À quelle échelle ?", "h"),
        P("Les partenariats des associations employeuses se nouent d'abord au plus près du "
          "terrain :"),
        bullets(["à l'échelle locale : 73 % ;",
                 "à l'échelle régionale : 47 %."], s),
        P("Sous quelle forme ?", "h"),
        P("Quatre formes de relation dominent :"),
        bullets(["le mécénat : 75 % ;",
                 "l'innovation sociétale : 73 % ;",
                 "les pratiques responsables : 70 % ;",
                 "la coopération économique : 58 %."], s),
        Spacer(1, 4),
        P("Le mécénat reste la porte d'entrée la plus courante, mais l'innovation sociétale "
          "le talonne : les associations ne se contentent pas de recevoir, elles co-construisent. "
          "On notera que le chiffre de 73 % revient trois fois dans cette synthèse "
          "(structures d'intérêt général, échelle locale, innovation sociétale) : il faut "
          "toujours préciser de quelle question il s'agit."),
        PageBreak(),
        P("Associations &amp; Partenariats : l'enquête de 2016", "h"),
        P("Une enquête plus ancienne, menée par Recherches &amp; Solidarités avec Le RAMEAU, "
          "éclaire la question sous un autre angle. Réalisée en mai et juin 2016 auprès de plus "
          "de 1 380 responsables associatifs, elle a été publiée en mars 2017. Ses principaux "
          "enseignements :"),
        bullets(["une association compte en moyenne 2,5 partenaires ;",
                 "74 % travaillent avec des collectivités ;",
                 "72 % avec d'autres associations ou des fondations ;",
                 "47 % avec des établissements d'enseignement ;",
                 "28 % avec des entreprises ;",
                 "22 % avec des structures d'insertion ;",
                 "9 % avec des organismes de recherche."], s),
        Spacer(1, 4),
        P("La taille joue un rôle déterminant dans la relation avec les entreprises : 50 % des "
          "associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, "
          "contre 20 % de celles dont le budget est inférieur à 10 000 €."),
        P("Attention aux comparaisons : les collectivités pèsent 89 % dans l'étude IMPACT, qui "
          "ne porte que sur les associations employeuses, et 74 % dans l'enquête de 2016, qui "
          "couvre toutes les associations. Les deux chiffres ne mesurent pas la même population."),
        Spacer(1, 8),
        P("Sources : résultats de l'étude IMPACT – Associations &amp; Territoires ; enquête "
          "Associations &amp; Partenariats (Recherches &amp; Solidarités et Le RAMEAU, mars 2017).",
          "small"),
        P(DISCLAIMER, "small"),
    ]
    build(os.path.join(HERE, "obs-note-03-associations.pdf"), story, [tpl])


# ---------------------------------------------------------------------------
# 04 — mayors, key-figure box
# ---------------------------------------------------------------------------

def keybox(figs, s, accent):
    cells = [[Paragraph(f, s["big"]) for f, _ in figs],
             [Paragraph(t, s["cell"]) for _, t in figs]]
    w = (W - 3.6 * cm) / len(figs)
    t = Table(cells, colWidths=[w] * len(figs))
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, accent),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3efe6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def doc04():
    accent = colors.HexColor("#8a5a00")
    s = styles("DVS", 9.8, accent)
    decor = make_page_decor("Observatoire des partenariats — Les maires et le « jouer collectif »",
                            "Plus d'informations : www.lerameau.fr/le-programme-impact/", "DVS", accent)
    tpl = one_frame_template("p", decor)
    P = lambda t, st="body": Paragraph(t, s[st])
    story = [
        P("NOTE D'ANALYSE", "label"),
        P("Les maires face aux alliances territoriales", "title"),
        P("Novembre 2024 — résultats de l'enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux.", "sub"),
        keybox([("302", "maires interrogés"),
                ("91 %", "voient leur territoire en mouvement"),
                ("84 %", "des répondants dans des communes de moins de 2 000 habitants")], s, accent),
        Spacer(1, 8),
        P("Méthode", "h"),
        P("L'enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, publiée en novembre 2024, "
          "repose sur un échantillon de 302 maires, interrogés par téléphone entre le "
          "30 septembre et le 28 octobre 2024. Le profil des répondants reflète le paysage "
          "communal français : 84 % d'entre eux exercent dans des communes de moins de "
          "2 000 habitants."),
        P("Un territoire en mouvement", "h"),
        P("Au total, 91 % des maires estiment que leur territoire est « en mouvement ». Ce "
          "chiffre se décompose en deux groupes : 35 % le jugent fortement en mouvement, et "
          "56 % ni plus ni moins qu'auparavant. Le sentiment d'immobilisme est donc très "
          "minoritaire chez les élus de terrain."),
        PageBreak(),
        P("Une conviction ancienne, des outils encore à construire", "h"),
        P("Ces résultats prolongent ceux des vagues précédentes. 87 % des maires considèrent "
          "les partenariats comme une source d'innovation, et 76 % des maires décrivent leur "
          "territoire comme engagé. Mais 46 % reconnaissent ne pas savoir comment piloter ces "
          "dynamiques : la volonté précède souvent la méthode."),
        P("Du côté des élus locaux en général, 64 % veulent s'appuyer sur le « jouer "
          "collectif », et 92 % des maires reconnaissent l'utilité de la co-construction."),
        P("La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales » est "
          "issue de l'étude IMPACT-Élus locaux de novembre 2020, réalisée par Comisis et "
          "OpinionWay ; elle a été présentée comme un nouvel outil au service de la co-construction territoriale."),
        P("Le parcours d'expérience avec le CGET", "h"),
        P("Pour passer de la conviction à la pratique, le CGET et Le RAMEAU ont lancé un "
          "parcours d'expérience sur la co-construction territoriale. Il a réuni 11 territoires "
          "pionniers pendant 18 mois, la première session se tenant le 3 mai. Une autre "
          "présentation du même dispositif évoque « le CGET et 10 territoires pilotes » : le "
          "nombre de territoires varie donc selon la source."),
        PageBreak(),
        P("Agenda : un mois de novembre chargé", "h"),
        P("L'actualité de l'Observatoire autour de la parution du 11e rapport régional, "
          "consacré à la Normandie :"),
        ListFlowable([
            ListItem(Paragraph("15 novembre : dossier dans JURIS Associations n°628 ;", s["body"]), leftIndent=14),
            ListItem(Paragraph("23 novembre : 3e dîner « Élus &amp; Entreprises » ;", s["body"]), leftIndent=14),
            ListItem(Paragraph("26 novembre : publication du 11e rapport régional (Normandie) et "
                               "5e webinaire « l'ODD 17 en pratique ».", s["body"]), leftIndent=14),
        ], bulletType="bullet", start="–", leftIndent=14),
        Spacer(1, 8),
        P("Sources : synthèse de l'enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux "
          "(novembre 2024) ; pages de Le RAMEAU sur le programme IMPACT, le dîner Élus &amp; "
          "Entreprises et le 11e rapport régional ; annonce du parcours CGET.", "small"),
        P(DISCLAIMER, "small"),
    ]
    build(os.path.join(HERE, "obs-note-04-maires.pdf"), story, [tpl])


# ---------------------------------------------------------------------------
# 05 — alliances, cover + printed page numbers offset
# ---------------------------------------------------------------------------

def doc05():
    accent = colors.HexColor("#5b2c83")
    s = styles("DV", 9.8, accent)
    banner = "FAIRE ALLIANCE  |  Dossier de l'Observatoire des partenariats"
    url = "En ligne : https://observatoire-des-partenariats.fr"
    cover_decor = make_page_decor(banner, url, "DV", accent, number=lambda n: "")
    body_decor = make_page_decor(banner, url, "DV", accent, number=lambda n: f"p. {n - 1}")
    cover = one_frame_template("cover", cover_decor)
    body = one_frame_template("body", body_decor)
    P = lambda t, st="body": Paragraph(t, s[st])
    story = [
        NextPageTemplate("body"),
        Spacer(1, 4 * cm),
        P("DOSSIER THÉMATIQUE", "label"),
        P("Du devoir d'alliance au droit d'alliance", "title"),
        P("Fonds, fondation, charte et loi : les outils nés des travaux de l'Observatoire.", "sub"),
        Spacer(1, 1 * cm),
        P("Sommaire", "h"),
        P("1. L'opinion : une attente d'alliance — p. 1"),
        P("2. Les outils : Fonds ODD 17, Fondation des Territoires, Charte — p. 2"),
        P("3. Le droit : mission ministérielle et proposition de loi — p. 3"),
        Spacer(1, 2 * cm),
        P(DISCLAIMER, "small"),
        PageBreak(),
        # printed p. 1
        P("1. L'opinion : une attente d'alliance", "h"),
        P("Les enquêtes récentes de l'Observatoire convergent : 81 % des Français estiment qu'il "
          "existe un « devoir d'alliance », 92 % des maires expriment un « besoin d'alliance » "
          "et 84 % des dirigeants d'entreprises une « envie d'alliance »."),
        P("La sortie de la crise sanitaire a renforcé ce mouvement. 81 % des Français et 84 % "
          "des dirigeants de TPE et PME jugent la co-construction utile pour la résilience "
          "post-Covid ; c'est le sens de l'invitation à « jouer collectif en sortie de crise ». "
          "Pour l'éclairer, plus de 250 données ont été inventoriées et mises à disposition."),
        P("Les partenariats sont aussi vus comme un moteur d'innovation : c'est l'avis de 74 % "
          "des Français, 81 % des dirigeants d'entreprise, 86 % des responsables associatifs et "
          "87 % des maires. Une autre version de ces résultats indique 69 % des citoyens au lieu "
          "de 74 %."),
        P("L'ODD 17, cadre commun", "h"),
        P("L'objectif de développement durable n°17, consacré aux partenariats, compte 19 cibles. "
          "Le Comité 21 en a proposé une lecture dans sa note « ODD 17 : Sens, décryptages, "
          "déclinaisons », présentée le 5 juillet. Pour le mettre en pratique, la plateforme "
          "www.odd17.org propose la démarche M.E.D.O.C. : Méthodes, Exemples, Données, Outils, "
          "Compétences."),
        PageBreak(),
        # printed p. 2
        P("2. Les outils", "h"),
        P("Le Fonds ODD 17", "cellb"),
        P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. "
          "Doté de 1,5 M€, il finance une expérimentation sur 3 ans qui s'appuie sur "
          "350 « catalyseurs territoriaux », ces personnes qui font le lien entre les acteurs "
          "d'un même territoire."),
        P("La Fondation des Territoires", "cellb"),
        P("La préfiguration de la Fondation des Territoires a été lancée en juillet 2018 et "
          "s'est déroulée en trois étapes (juillet 2018 - juillet 2019, août 2019 - novembre 2020, "
          "décembre 2020 - mai 2022). La fondation a été créée le 14 juin 2022 sous l'égide de "
          "la Fondation de Lille. Elle réunit 21 co-fondateurs et s'est fixé trois missions."),
        P("La Charte du faire alliance", "cellb"),
        P("Fruit de 3 mois de co-construction pilotés par la Fondation des Territoires, la "
          "Charte du faire alliance se présente comme un « contrat de confiance » entre les "
          "acteurs. Elle a été lancée le 30 novembre 2021, jour du Giving Tuesday, à "
          "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, lors d'une soirée "
          "organisée avec VitaWin. Une annonce parue sur un site "
          "ministériel mentionne, elle, un « mardi 30 septembre »."),
        P("Les fondations, acteurs structurants", "cellb"),
        P("L'étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre, repose sur "
          "42 fondations interrogées ; elle a donné lieu à la fiche acteur « Dynamique "
          "d'engagement des Fondations »."),
        PageBreak(),
        # printed p. 3
        P("3. Le droit : de la mission à la loi", "h"),
        P("À l'occasion du FNAF 2019, Gabriel Attal a confié une mission ministérielle à la "
          "députée Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, président-fondateur du "
          "RAMEAU. Leur rapport a été remis le 7 mai 2020, et un bilan a été dressé le "
          "17 octobre 2020."),
        P("Le travail s'est prolongé au Parlement : une proposition de loi consacrant le "
          "« droit de l'alliance d'intérêt général », portée par Cathy Racon-Bouzon et déposée "
          "en février, a été agréée par le Bureau de l'Assemblée nationale puis publiée au "
          "Journal officiel. Elle s'accompagne d'une « feuille de route » ministérielle de "
          "21 mesures."),
        P("Ainsi, en quelques années, l'alliance est passée du statut d'intuition partagée à "
          "celui de droit reconnu."),
        Spacer(1, 8),
        P("Sources : pages de Le RAMEAU (le droit à l'alliance d'intérêt général, découvrir le "
          "Fonds ODD 17, le dernier acte), co-construisonsdemain.org, associations.gouv.fr, "
          "carenews.com, mecenova.org.", "small"),
    ]
    build(os.path.join(HERE, "obs-note-05-alliances.pdf"), story, [cover, body])


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    for f in sorted(os.listdir(HERE)):
        if f.startswith("obs-note-") and f.endswith(".pdf"):
            print(f)
