#!/usr/bin/env python3
"""Deterministic generator of the 5 test PDFs of question set s29.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s29-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; all sentences are written for this set.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

PFX = "s29"


def out(nn, slug):
    return os.path.join(HERE, f"obs-{PFX}-{nn}-{slug}.pdf")


# ---------------------------------------------------------------- styles
def S(name, size=9.5, lead=None, font="DV", align=TA_LEFT, before=0, after=4, color=colors.black, indent=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          alignment=align, spaceBefore=before, spaceAfter=after,
                          textColor=color, leftIndent=indent)


BODY = S("body")
SMALL = S("small", 7.5)
LABEL = S("label", 9, font="DVB", color=colors.HexColor("#7a1f1f"), after=2)
TITLE = S("title", 18, font="DVB", after=4)
EDITION = S("edition", 9, font="DVI", color=colors.HexColor("#444444"), after=10)
H2 = S("h2", 11.5, font="DVB", before=6, after=4, color=colors.HexColor("#1f3f7a"))
H3 = S("h3", 10, font="DVB", before=4, after=3)
BULLET = S("bullet", 9.5, indent=12, after=2)
CELL = S("cell", 8.5, after=0)
CELLB = S("cellb", 8.5, font="DVB", after=0)
BOX = S("box", 10, font="DVB", align=TA_CENTER, after=0, color=colors.HexColor("#1f3f7a"))
BOXS = S("boxs", 8, align=TA_CENTER, after=0)


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BULLET):
    return [Paragraph("• " + it, st) for it in items]


def table(rows, widths, header=True, zebra=True):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), CELLB if (header and i == 0) else CELL) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4f0")))
    if zebra:
        for i in range(2 if header else 1, len(rows), 2):
            st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
    t.setStyle(TableStyle(st))
    return t


def keybox(cells, width):
    """cells: list of (big, small) tuples -> one-row box of key figures"""
    data = [[[Paragraph(b, BOX), Paragraph(s, BOXS)] for b, s in cells]]
    n = len(cells)
    t = Table(data, colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1f3f7a")),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#1f3f7a")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2fa")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


class Doc(BaseDocTemplate):
    """A4 portrait document with 'one' and 'two' column templates, banner,
    footer and optional per-page footnotes drawn at the page bottom."""

    def __init__(self, path, banner, footer_fn, footnotes=None, first="one", **kw):
        super().__init__(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                         topMargin=24 * mm, bottomMargin=30 * mm,
                         title=kw.get("title", ""), author="", subject="", creator="", **{})
        self.banner = banner
        self.footer_fn = footer_fn
        self.footnotes = footnotes or {}
        W, H = A4
        fw = W - self.leftMargin - self.rightMargin
        fh = H - self.topMargin - self.bottomMargin
        gap = 7 * mm
        cw = (fw - gap) / 2
        one = Frame(self.leftMargin, self.bottomMargin, fw, fh, id="one", showBoundary=0)
        c1 = Frame(self.leftMargin, self.bottomMargin, cw, fh, id="c1")
        c2 = Frame(self.leftMargin + cw + gap, self.bottomMargin, cw, fh, id="c2")
        tpls = {"one": PageTemplate("one", [one], onPage=self._decorate),
                "two": PageTemplate("two", [c1, c2], onPage=self._decorate)}
        # the first template of the list is used for PDF page 1
        order = [first] + [k for k in ("one", "two") if k != first]
        self.addPageTemplates([tpls[k] for k in order])
        self.fw, self.cw = fw, cw

    def _decorate(self, canv, doc):
        W, H = A4
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1f3f7a"))
        canv.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 8.5)
        canv.drawString(18 * mm, H - 9 * mm, self.banner)
        canv.setFillColor(colors.black)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
        canv.setFont("DV", 7.5)
        left, right = self.footer_fn(n)
        canv.drawString(18 * mm, 11 * mm, left)
        canv.drawRightString(W - 18 * mm, 11 * mm, right)
        notes = self.footnotes.get(n)
        if notes:
            y = 27 * mm
            canv.line(18 * mm, y + 3.5 * mm, 70 * mm, y + 3.5 * mm)
            for line in notes:
                canv.setFont("DV", 7)
                canv.drawString(18 * mm, y, line)
                y -= 3.4 * mm
        canv.restoreState()


# ======================================================================
# 01 — rapport annuel (extrait), printed pages 14-17, two-column pages
# ======================================================================
def doc01():
    path = out("01", "rapport-annuel-extrait")
    fn = {1: ["¹ Plusieurs publications antérieures, dont celles de 2011 et de 2012, font remonter la naissance de l'Observatoire à 2007."],
          3: ["² Intitulé développé tel qu'il figure dans le rapport quinquennal du programme.",
              "³ Le programme suivant a été lancé avant la fin formelle de PHARE, d'où le chevauchement sur l'année 2018."]}
    d = Doc(path, "LE RAMEAU  ·  RAPPORT ANNUEL  ·  Chapitre 2 — Gouvernance et cheminement",
            lambda n: ("Rapport annuel — extrait diffusé au conseil d'orientation", f"page {13 + n}"),
            footnotes=fn, first="two", title="Rapport annuel - extrait")
    st = []
    st.append(NextPageTemplate("two"))
    st.append(P("RAPPORT ANNUEL — EXTRAIT DU CHAPITRE 2", LABEL))
    st.append(P("D'un laboratoire associatif à un observatoire national", S("t1", 15, font="DVB", after=4)))
    st.append(P("Version « repères » du rapport d'activité, reprise sans les annexes financières", EDITION))
    st.append(P("2.1 Les origines", H2))
    st.append(P("Le RAMEAU a vu le jour en 2006. Il a pris la forme d'une association reconnue "
                "d'intérêt général, et se présente volontiers comme un « laboratoire de recherche "
                "empirique » consacré aux alliances entre acteurs différents."))
    st.append(P("Sa méthode consiste à partir du terrain. Depuis sa création, il a conduit des "
                "expérimentations avec des organisations de toute nature ; on en compte aujourd'hui "
                "plus de 500. Le repérage de pratiques fait partie du même travail : la base d'exemples "
                "inspirants dépasse désormais le millier, soit plus de 1 000 fiches."))
    st.append(P("Trois missions structurent l'action de l'association, la première étant de témoigner "
                "de ce qui se fait déjà dans les territoires."))
    st.append(P("2.2 La naissance de l'Observatoire", H2))
    st.append(P("L'Observatoire des partenariats est né en 2008¹. Deux fondateurs l'ont porté : la "
                "Caisse des Dépôts et Le RAMEAU. Ce dernier en assure depuis l'animation au quotidien."))
    st.append(P("Le dispositif ne s'est pas construit à deux seulement. Il associe dès l'origine deux "
                "partenaires représentant les mondes économique et associatif : le MEDEF et le "
                "Mouvement associatif."))
    st.append(P("L'objectif affiché était simple : disposer de données fiables sur les relations entre "
                "associations, entreprises et collectivités, là où n'existaient auparavant que des "
                "impressions et des cas isolés."))
    st.append(P("Les premiers travaux ont porté sur les associations et les entreprises, avant de "
                "s'élargir aux citoyens puis aux élus locaux. Cette progression explique l'organisation "
                "des programmes par périodes de cinq ans, détaillée plus loin."))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())

    # page 2 (printed 15): people + key figure box
    st.append(P("2.3 Qui pilote ?", H2))
    st.append(P("La gouvernance repose sur un trio aux rôles bien distincts. Le fondateur de "
                "l'association en est aussi le président : il s'agit de Charles-Benoît Heidsieck. "
                "La direction générale est, quant à elle, assurée par Laurence Weber."))
    st.append(P("Le volet scientifique est séparé de la gestion. La direction scientifique de "
                "l'Observatoire revient à Anne Robin. Elle exerce cette fonction sans rémunération, "
                "à titre bénévole. Auparavant, elle avait créé le cabinet d'études COMISIS, qu'elle "
                "a fondé et qui réalise une partie des enquêtes."))
    st.append(Spacer(1, 6))
    st.append(keybox([("15 ans", "de recherche"),
                      ("5 ans", "d'étude d'impact"),
                      ("3", "missions")], d.fw))
    st.append(Spacer(1, 8))
    st.append(P("Ce que recouvrent ces repères", H3))
    st.append(P("Le chiffre de quinze années renvoie à l'ensemble des travaux de recherche conduits "
                "par l'association ; les cinq années d'étude d'impact correspondent au dernier cycle "
                "d'évaluation. Aucun de ces chiffres ne désigne un budget ni un effectif."))
    st.append(P("Les rapports de l'Observatoire sont élaborés avec des instituts de sondage et des "
                "partenaires académiques, puis discutés en comité avant publication. Le présent "
                "chapitre n'en reprend que les jalons principaux."))
    st.append(PageBreak())

    # page 3 (printed 16): programmes table
    st.append(P("2.4 Trois programmes quinquennaux", H2))
    st.append(P("Les études se succèdent par cycles. Le tableau ci-dessous en donne les bornes et le "
                "principal jalon de chacun."))
    rows = [["Programme", "Période couverte", "Jalon marquant"],
            ["ARPEA²", "2008-2012", "Rapport quinquennal rendu public le 11 décembre 2012"],
            ["PHARE", "2013-2018", "Six volets publiés entre 2015 et 2016"],
            ["IMPACT³", "2018-2022", "Programme lancé en novembre 2017"]]
    st.append(table(rows, [30 * mm, 35 * mm, d.fw - 65 * mm]))
    st.append(Spacer(1, 8))
    st.append(P("Le premier cycle porte un nom construit sur ses initiales : ARPEA signifie « Analyse "
                "des Relations et des Partenariats entre Entreprises et Associations ». Il se "
                "décompose en 10 volets."))
    st.append(P("Entre le premier et le deuxième cycle, une demande politique est venue s'intercaler. "
                "La ministre Valérie Fourneyron a sollicité un état des lieux des partenariats entre "
                "associations et entreprises ; ce rapport a paru au début de l'année 2014."))
    st.append(P("Le troisième cycle, enfin, a été conçu pour mesurer les effets des alliances plutôt "
                "que leur nombre."))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())

    # page 4 (printed 17): PHARE volets, two columns
    st.append(P("2.5 Le détail du programme PHARE", H2))
    st.append(P("Le deuxième programme a été publié en plusieurs temps. Ses six volets sont les "
                "suivants :"))
    st.extend(bullets(["le volet Citoyens, en septembre 2015 ;",
                       "le volet Entreprises, en octobre 2015 ;",
                       "le volet Associations, en novembre 2015 ;",
                       "treize rapports régionaux, au cours de 2016 ;",
                       "des diagnostics sectoriels, en juillet 2016 ;",
                       "le volet Institutions, à l'automne 2016."]))
    st.append(P("Le dernier de la série mérite une mention particulière. Il a été rendu public le "
                "29 novembre 2016, au moment du congrès des maires."))
    st.append(FrameBreak())
    st.append(P("Ce volet propose une typologie des élus. Il distingue cinq profils de maires selon "
                "leur rapport à la co-construction avec les acteurs de leur territoire."))
    st.append(P("Les rapports régionaux, pour leur part, ont permis de comparer les dynamiques d'une "
                "région à l'autre, sans toutefois permettre de classement."))
    st.append(P("La suite du chapitre, non reproduite ici, présente les comptes de l'exercice."))
    d.build(st)


# ======================================================================
# 02 — lettre d'information, 3 pages, two columns + agenda table
# ======================================================================
def doc02():
    path = out("02", "lettre-information")
    d = Doc(path, "LETTRE D'INFORMATION  —  ALLIANCES & TERRITOIRES",
            lambda n: ("Alliances & Territoires · numéro d'automne", f"feuillet {n} sur 3"),
            first="two", title="Lettre d'information")
    st = []
    st.append(NextPageTemplate("two"))
    st.append(P("LETTRE D'INFORMATION", LABEL))
    st.append(P("Alliances & Territoires", S("t2", 16, font="DVB", after=3)))
    st.append(P("Numéro d'automne — adressé aux partenaires et aux abonnés de la lettre", EDITION))
    st.append(P("À la une : un fonds pour passer à l'action", H2))
    st.append(P("Le Fonds ODD 17 a été co-créé en 2020. Ses deux initiateurs sont Le RAMEAU et la "
                "Fondation TotalEnergies, qui ont voulu donner des moyens concrets aux alliances "
                "locales."))
    st.append(P("L'enveloppe n'est pas symbolique. Le fonds dispose d'une dotation de 1,5 M€, "
                "destinée à une expérimentation conduite sur trois ans."))
    st.append(P("Qui la mettra en œuvre ? Des relais de terrain appelés « catalyseurs territoriaux ». "
                "L'objectif est d'en réunir 350."))
    st.append(P("Les porteurs du fonds insistent sur le caractère expérimental de la démarche : il "
                "s'agit d'apprendre en marchant, puis de capitaliser."))
    st.append(P("Une fondation pour les territoires", H2))
    st.append(P("Longtemps restée à l'état de projet, la Fondation des Territoires existe désormais. "
                "Sa préfiguration avait commencé en juillet 2018 et s'est déroulée en trois étapes "
                "(07/18-07/19, 08/19-11/20, 12/20-05/22)."))
    st.append(P("Elle a été officiellement créée le 14 juin 2022. Elle est abritée par la Fondation "
                "de Lille, sous l'égide de laquelle elle a été constituée."))
    st.append(P("Combien de fondateurs autour de la table ? Ils sont 21 co-fondateurs à s'être "
                "engagés dès le départ. La fondation s'est donné trois missions."))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())

    # page 2
    st.append(P("Retour sur la Charte du faire alliance", H2))
    st.append(P("La charte n'est pas sortie d'un bureau. Elle est le fruit de trois mois de "
                "co-construction, pilotés par la Fondation des Territoires."))
    st.append(P("Son lancement a eu lieu un mardi de Giving Tuesday, le 30 novembre 2021, à "
                "Saint-Maurice, sur le territoire de Paris-Est Marne & Bois. La soirée était organisée "
                "par VitaWin."))
    st.append(P("Ses auteurs la présentent comme un « contrat de confiance » entre ceux qui décident "
                "d'agir ensemble."))
    st.append(P("Aux racines de la charte", H3))
    st.append(P("Le texte prolonge une démarche plus ancienne, « Agir ensemble en Territoire ». "
                "Celle-ci a été initiée en 2010, à la suite de l'étude ARPEA-Collectivités locales "
                "menée par Comisis et OpinionWay."))
    st.append(FrameBreak())
    st.append(P("Trois territoires ont servi de pilotes à cette démarche :"))
    st.extend(bullets(["l'Alsace, avec Alsace Active ;",
                       "le Poitou-Charentes, avec le Groupe La Poste ;",
                       "Paris-Est Marne & Bois."]))
    st.append(P("Chacun a développé sa propre façon de réunir élus, entreprises et associations. Leurs "
                "retours ont nourri les engagements inscrits dans la charte."))
    st.append(P("Les signataires s'engagent notamment à se reconnaître mutuellement comme légitimes, "
                "à partager leurs informations et à évaluer ensemble ce qu'ils produisent."))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())

    # page 3: agenda table
    st.append(P("Agenda de novembre", H2))
    st.append(P("Les rendez-vous du mois sont rassemblés ci-dessous. Les inscriptions se font depuis "
                "le site de l'Observatoire."))
    rows = [["Date", "Rendez-vous", "Format"],
            ["15 novembre", "Dossier consacré aux alliances dans JURIS Associations n°628", "Publication"],
            ["23 novembre", "3e dîner « Elus & Entreprises »", "Rencontre"],
            ["26 novembre", "5e webinaire « l'ODD 17 en pratique »", "En ligne"],
            ["26 novembre", "Sortie du 11e rapport régional de l'Observatoire, consacré à la Normandie", "Publication"]]
    st.append(table(rows, [30 * mm, d.fw - 60 * mm, 30 * mm]))
    st.append(Spacer(1, 8))
    st.append(P("Le rapport normand est le onzième d'une série régionale ; il s'appuie sur les mêmes "
                "indicateurs que les précédents afin de permettre les comparaisons."))
    st.append(P("Vous ne souhaitez plus recevoir cette lettre ? Il suffit de répondre à ce message en "
                "indiquant « désabonnement » dans l'objet.", SMALL))
    d.build(st)


# ======================================================================
# 03 — FAQ, 3 pages, one column, Q/A
# ======================================================================
def doc03():
    path = out("03", "faq-alliance")
    d = Doc(path, "FOIRE AUX QUESTIONS  ·  ODD 17 ET DROIT DE L'ALLIANCE",
            lambda n: ("FAQ — Observatoire des partenariats", f"{n}/3"),
            footnotes={2: ["* Forum national des associations et fondations."]},
            title="FAQ")
    Q = S("q", 10, font="DVB", before=7, after=2, color=colors.HexColor("#7a1f1f"))
    st = []
    st.append(P("FOIRE AUX QUESTIONS", LABEL))
    st.append(P("ODD 17, alliances et droit : vos questions, nos réponses", TITLE))
    st.append(P("Fiche révisée après la remise du rapport de mission ministérielle", EDITION))
    st.append(P("Q1. De quel objectif parle-t-on quand on évoque l'« ODD 17 » ?", Q))
    st.append(P("Il s'agit du dix-septième objectif de développement durable, celui des partenariats. "
                "Il ne se résume pas à un slogan. Il se décline en 19 cibles, détaillées dans une note "
                "du Comité 21 intitulée « ODD 17 : Sens, décryptages, déclinaisons », diffusée un "
                "5 juillet."))
    st.append(P("Q2. On me parle de « M.E.D.O.C. » : rien à voir avec le vin ?", Q))
    st.append(P("Rien à voir. L'acronyme regroupe les ressources mises à disposition sur la plateforme "
                "www.odd17.org. Il se lit ainsi : Méthodes, Exemples, Données, Outils, Compétences."))
    st.append(P("Q3. Existe-t-il un accompagnement pour les territoires qui veulent se lancer ?", Q))
    st.append(P("Oui. Le CGET et Le RAMEAU ont conçu ensemble un parcours d'expérience. Onze "
                "territoires pionniers y participent. Le parcours s'étale sur 18 mois et sa première "
                "session s'est tenue le 3 mai."))
    st.append(PageBreak())
    st.append(P("Q4. D'où vient la mission ministérielle sur les alliances ?", Q))
    st.append(P("Elle a été annoncée lors du FNAF* 2019. C'est Gabriel Attal qui l'a confiée, à deux "
                "personnes : la députée Cathy Racon-Bouzon et le président du RAMEAU, Charles-Benoît "
                "Heidsieck."))
    st.append(P("Q5. Le rapport a-t-il été rendu ?", Q))
    st.append(P("Oui. Les deux missionnés l'ont remis le 7 mai 2020. Un point d'étape a suivi quelques "
                "mois plus tard : le bilan a été présenté le 17 octobre 2020."))
    st.append(P("Q6. Qu'est-ce que le « droit de l'alliance d'intérêt général » ?", Q))
    st.append(P("C'est l'objet d'une proposition de loi. Celle-ci est portée par Cathy Racon-Bouzon ; "
                "elle a été déposée en février, agréée par le Bureau de l'Assemblée nationale puis "
                "publiée au Journal officiel."))
    st.append(P("Elle s'accompagne d'une « feuille de route » ministérielle. Celle-ci compte 21 mesures."))
    st.append(PageBreak())
    st.append(P("Q7. Les Français sont-ils prêts à faire alliance ?", Q))
    st.append(P("Les enquêtes récentes le suggèrent, avec un vocabulaire différent selon les publics. "
                "Les chiffres tiennent dans le tableau suivant."))
    rows = [["Public interrogé", "Formule retenue", "Part"],
            ["Français", "« devoir d'alliance »", "81 %"],
            ["Maires", "« besoin d'alliance »", "92 %"],
            ["Dirigeants d'entreprises", "« envie d'alliance »", "84 %"]]
    st.append(table(rows, [55 * mm, 70 * mm, 25 * mm]))
    st.append(P("Q8. Existe-t-il un outil pour les élus ?", Q))
    st.append(P("Une fiche-repère, « Les dynamiques d'engagement des Collectivités territoriales », a "
                "été tirée de l'étude IMPACT-Elus locaux. Cette étude a été réalisée en novembre 2020 "
                "avec Comisis et OpinionWay."))
    st.append(P("Vous ne trouvez pas votre question ? Écrivez à l'équipe de l'Observatoire.", SMALL))
    d.build(st)


# ======================================================================
# 04 — diaporama, landscape slides drawn on canvas, printed slide
#       numbers start on PDF page 2 (cover not numbered)
# ======================================================================
def doc04():
    path = out("04", "diaporama-elus")
    W, H = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Diaporama")
    c.setAuthor("")
    c.setCreator("")

    def frame(num):
        c.setFillColor(colors.HexColor("#12395b"))
        c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 10)
        c.drawString(15 * mm, H - 10 * mm, "DIAPORAMA  |  IMPACTS & TRAJECTOIRES – Élus locaux")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 8)
        c.drawString(15 * mm, 8 * mm, "Observatoire des partenariats — présentation de restitution")
        if num is not None:
            c.drawRightString(W - 15 * mm, 8 * mm, f"diapo {num}")
        c.setFillColor(colors.black)

    def lines(items, x, y, size=17, gap=11 * mm, font="DV"):
        for it in items:
            c.setFont(font, size)
            c.drawString(x, y, it)
            y -= gap
        return y

    # slide 0: cover (not numbered)
    frame(None)
    c.setFont("DVB", 11)
    c.setFillColor(colors.HexColor("#7a1f1f"))
    c.drawString(25 * mm, H - 50 * mm, "DIAPORAMA")
    c.setFillColor(colors.black)
    c.setFont("DVB", 26)
    c.drawString(25 * mm, H - 68 * mm, "Les maires face aux alliances")
    c.setFont("DV", 18)
    c.drawString(25 * mm, H - 82 * mm, "Résultats de l'enquête IMPACTS & TRAJECTOIRES – Elus locaux")
    c.setFont("DVI", 12)
    c.drawString(25 * mm, H - 98 * mm, "Support projeté lors de la séance de restitution de novembre 2024")
    c.showPage()

    # slide 1: method
    frame(1)
    c.setFont("DVB", 22)
    c.drawString(20 * mm, H - 35 * mm, "Comment l'enquête a été menée")
    lines(["→ 302 maires interrogés",
           "→ par téléphone",
           "→ terrain : du 30 septembre au 28 octobre 2024",
           "→ une majorité de petites communes :",
           "     84 % des répondants administrent une commune",
           "     de moins de 2 000 habitants"], 25 * mm, H - 55 * mm)
    c.showPage()

    # slide 2: territory in motion, with a simple bar
    frame(2)
    c.setFont("DVB", 22)
    c.drawString(20 * mm, H - 35 * mm, "Un territoire qui bouge ?")
    lines(["Question posée : votre territoire est-il en mouvement ?",
           "Réponse positive : 91 %"], 25 * mm, H - 55 * mm)
    c.setFont("DV", 14)
    c.drawString(25 * mm, H - 85 * mm, "Dont :")
    bx, by = 25 * mm, H - 110 * mm
    c.setFillColor(colors.HexColor("#12395b"))
    c.rect(bx, by, 35 * 2.2 * mm, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#8fb3d9"))
    c.rect(bx + 35 * 2.2 * mm, by, 56 * 2.2 * mm, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DV", 12)
    c.drawString(bx, by - 8 * mm, "fortement : 35 %")
    c.drawString(bx + 35 * 2.2 * mm, by - 8 * mm, "« ni plus ni moins » : 56 %")
    c.showPage()

    # slide 3: recall of earlier IMPACT results (table)
    frame(3)
    c.setFont("DVB", 22)
    c.drawString(20 * mm, H - 35 * mm, "Rappel : les partenariats vus comme source d'innovation")
    c.setFont("DVI", 12)
    c.drawString(25 * mm, H - 47 * mm, "Résultats antérieurs du programme IMPACT, par public")
    rows = [("Public", "Part qui y voit une source d'innovation"),
            ("Français", "74 %"),
            ("Dirigeants d'entreprise", "81 %"),
            ("Responsables associatifs", "86 %"),
            ("Maires", "87 %")]
    y = H - 62 * mm
    for i, (a, b) in enumerate(rows):
        c.setFont("DVB" if i == 0 else "DV", 14)
        c.drawString(30 * mm, y, a)
        c.drawString(130 * mm, y, b)
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.line(28 * mm, y - 3 * mm, 240 * mm, y - 3 * mm)
        y -= 11 * mm
    c.setFont("DV", 13)
    c.drawString(30 * mm, y - 4 * mm, "Chez les maires : 76 % jugent leur territoire engagé…")
    c.drawString(30 * mm, y - 13 * mm, "… mais 46 % disent ne pas savoir comment piloter la démarche.")
    c.showPage()

    # slide 4: IMPACT programme
    frame(4)
    c.setFont("DVB", 22)
    c.drawString(20 * mm, H - 35 * mm, "Le programme IMPACT en deux mots")
    c.setFont("DV", 15)
    c.drawString(25 * mm, H - 52 * mm, "Il est conduit par cinq partenaires :")
    lines(["• la Caisse des Dépôts", "• l'Institut CDC pour la Recherche", "• le Groupe La Poste",
           "• la Fondation TOTAL", "• Le RAMEAU"], 30 * mm, H - 64 * mm, size=14, gap=9 * mm)
    c.setFont("DV", 15)
    c.drawString(150 * mm, H - 52 * mm, "Trois axes d'analyse :")
    lines(["1. innovation sociétale et territoriale", "2. performance des organisations",
           "3. confiance"], 155 * mm, H - 64 * mm, size=14, gap=9 * mm)
    c.setFont("DVI", 12)
    c.drawString(25 * mm, 30 * mm, "À retenir : 64 % des élus locaux veulent s'appuyer sur le « jouer collectif ».")
    c.showPage()
    c.save()


# ======================================================================
# 05 — tableau de bord, 4 pages, tables and key-figure boxes
# ======================================================================
def doc05():
    path = out("05", "tableau-de-bord")
    d = Doc(path, "TABLEAU DE BORD  ·  PARTENARIATS DES ASSOCIATIONS",
            lambda n: ("Tableau de bord — compilation des séries disponibles", f"TB-{n + 2:02d}"),
            footnotes={1: ["(a) Plusieurs réponses possibles : les pourcentages ne s'additionnent pas."],
                       2: ["(b) Budget annuel de l'association."]},
            title="Tableau de bord")
    st = []
    st.append(P("TABLEAU DE BORD", LABEL))
    st.append(P("Les associations et leurs partenaires : indicateurs consolidés", S("t5", 15, font="DVB", after=4)))
    st.append(P("Mise à jour de la compilation — séries issues de plusieurs enquêtes, chacune avec sa date", EDITION))
    st.append(P("A. Étude IMPACT – Associations & Territoires", H2))
    st.append(keybox([("148 000", "associations employeuses"),
                      ("98 %", "ont noué au moins un partenariat")], d.fw))
    st.append(Spacer(1, 6))
    st.append(P("A1. Avec qui les associations s'allient-elles ? (a)", H3))
    rows = [["Type de partenaire", "Part des associations"],
            ["Collectivités territoriales", "89 %"],
            ["Autres structures d'intérêt général", "73 %"],
            ["Établissements scolaires", "70 %"],
            ["Collectifs d'associations", "56 %"],
            ["Acteurs publics nationaux", "52 %"],
            ["Fédérations professionnelles", "37 %"],
            ["Acteurs académiques", "35 %"]]
    st.append(table(rows, [90 * mm, 45 * mm]))
    st.append(Spacer(1, 6))
    st.append(P("A2. À quelle échelle, et pour quoi faire ?", H3))
    rows = [["Indicateur", "Modalité", "Part"],
            ["Échelle du partenariat", "locale", "73 %"],
            ["Échelle du partenariat", "régionale", "47 %"],
            ["Forme de la relation", "mécénat", "75 %"],
            ["Forme de la relation", "innovation sociétale", "73 %"],
            ["Forme de la relation", "pratiques responsables", "70 %"],
            ["Forme de la relation", "coopération économique", "58 %"]]
    st.append(table(rows, [60 * mm, 55 * mm, 25 * mm]))
    st.append(PageBreak())

    st.append(P("B. Associations & Partenariats (Recherches & Solidarités et Le RAMEAU)", H2))
    st.append(P("Cette publication date de mars 2017. Les données qu'elle exploite sont plus "
                "anciennes : elles proviennent d'une enquête de mai-juin 2016, à laquelle ont répondu "
                "plus de 1 380 responsables associatifs."))
    st.append(P("En moyenne, une association y déclare 2,5 partenaires. La répartition par type "
                "figure ci-dessous."))
    rows = [["Partenaire", "Part des associations concernées"],
            ["Collectivités", "74 %"], ["Associations ou fondations", "72 %"],
            ["Établissements d'enseignement", "47 %"], ["Entreprises", "28 %"],
            ["Structures d'insertion", "22 %"], ["Organismes de recherche", "9 %"]]
    st.append(table(rows, [90 * mm, 55 * mm]))
    st.append(Spacer(1, 6))
    st.append(P("La taille joue beaucoup. Parmi les associations dont le budget (b) dépasse "
                "150 000 €, la moitié a un partenariat avec une entreprise (50 %). La proportion "
                "tombe à 20 % pour celles qui disposent de moins de 10 000 €."))
    st.append(PageBreak())

    st.append(P("C. Séries plus anciennes", H2))
    st.append(P("C1. Note du 29 février 2016", H3))
    st.append(P("Cette note mesurait la diffusion des partenariats dans chaque monde. Les résultats "
                "sont repris tels quels."))
    rows = [["Population", "Part engagée dans un partenariat"],
            ["Entreprises de 10 salariés et plus", "37 %"],
            ["Associations (ensemble)", "38 %"],
            ["Associations employeuses", "53 %"],
            ["Organisations « pionnières »", "65 %"]]
    st.append(table(rows, [90 * mm, 55 * mm]))
    st.append(P("C2. ARPEA Entreprises & Territoires (janvier 2011)", H3))
    st.append(P("Les entreprises se partageaient alors en trois groupes. Une minorité, 21 %, "
                "développait déjà des partenariats. Un tiers environ, 33 %, disait le souhaiter, "
                "tandis que les 46 % restants ne le souhaitaient pas."))
    st.append(P("C3. L'urgence vue par les Français", H3))
    st.append(P("Interrogés sur la nécessité de créer des partenariats, les Français la jugeaient "
                "urgente à 86 % en 2008. Quatre ans plus tard, ils étaient encore 84 % à le penser."))
    st.append(PageBreak())

    st.append(P("D. PHARE-Citoyens : les attentes par enjeu", H2))
    st.append(P("Plus de 2 000 personnes ont été interrogées. Il leur était demandé de noter, sur "
                "10, l'importance de plusieurs enjeux pour leur territoire."))
    rows = [["Enjeu", "Note sur 10", "Impact fort attendu des partenariats"],
            ["Emploi", "7,1", "49 %"],
            ["Pouvoir d'achat", "6,6", "—"],
            ["Sécurité", "6,6", "—"],
            ["Développement économique", "6,5", "46 %"],
            ["Environnement", "6,3", "42 %"],
            ["Exclusion", "6,3", "—"],
            ["Précarité et éducation", "—", "36 %"]]
    st.append(table(rows, [60 * mm, 30 * mm, 70 * mm]))
    st.append(Spacer(1, 6))
    st.append(P("Lecture : l'emploi est à la fois l'enjeu le mieux noté et celui pour lequel on "
                "attend le plus des partenariats. Un tiret signale une valeur non publiée dans la "
                "source utilisée.", SMALL))
    d.build(st)


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
