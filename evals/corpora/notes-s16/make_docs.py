# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 s16 evaluation PDFs (reportlab).

Run: /work/main/.venv/bin/python make_docs.py   (writes obs-s16-NN-*.pdf next to this file)
Facts come from /work/shared/facts.md; all wording is original.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

ST = {
    "label": ParagraphStyle("label", fontName="DVB", fontSize=9, textColor=colors.HexColor("#8a1c2b"),
                            spaceAfter=2),
    "title": ParagraphStyle("title", fontName="DVB", fontSize=17, leading=21, spaceAfter=4),
    "edition": ParagraphStyle("edition", fontName="DVI", fontSize=8.5, leading=11, spaceAfter=8,
                              textColor=colors.HexColor("#444444")),
    "h": ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3,
                        textColor=colors.HexColor("#1d3d6b")),
    "body": ParagraphStyle("body", fontName="DV", fontSize=9, leading=12, alignment=TA_JUSTIFY,
                           spaceAfter=5),
    "bullet": ParagraphStyle("bullet", fontName="DV", fontSize=9, leading=12, leftIndent=12,
                             bulletIndent=3, spaceAfter=2, bulletFontName="DV"),
    "note": ParagraphStyle("note", fontName="DV", fontSize=7, leading=9, textColor=colors.HexColor("#333333"),
                           spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10),
    "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=8, leading=10),
    "box": ParagraphStyle("box", fontName="DV", fontSize=8.5, leading=11, alignment=TA_CENTER),
    "boxbig": ParagraphStyle("boxbig", fontName="DVB", fontSize=18, leading=22, alignment=TA_CENTER,
                             textColor=colors.HexColor("#8a1c2b")),
    "slide_t": ParagraphStyle("slide_t", fontName="DVB", fontSize=22, leading=27, spaceAfter=14,
                              textColor=colors.HexColor("#1d3d6b")),
    "slide": ParagraphStyle("slide", fontName="DV", fontSize=15, leading=21, spaceAfter=6, leftIndent=18,
                            bulletIndent=2, bulletFontName="DV"),
    "slide_small": ParagraphStyle("slide_small", fontName="DVI", fontSize=10, leading=13, spaceBefore=10),
}


def P(text, style="body"):
    return Paragraph(text, ST[style])


def bullets(items, style="bullet"):
    return [Paragraph(t, ST[style], bulletText="•") for t in items]


def table(rows, widths, header=True):
    data = [[Paragraph(str(c), ST["cellb" if (header and i == 0) else "cell"]) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e9f2")))
    t.setStyle(TableStyle(style))
    return t


def keybox(big, small, width):
    t = Table([[Paragraph(big, ST["boxbig"])], [Paragraph(small, ST["box"])]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#8a1c2b")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1f2"))]))
    return t


def make_decor(banner, footer, page_fmt, offset=0, skip_first_number=False, size=A4):
    """Banner line on top, footer line at bottom, printed page number = PDF page + offset."""
    w, h = size

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(15 * mm, h - 10 * mm, banner)
        canv.setStrokeColor(colors.HexColor("#8a1c2b"))
        canv.line(15 * mm, h - 11.5 * mm, w - 15 * mm, h - 11.5 * mm)
        canv.line(15 * mm, 13 * mm, w - 15 * mm, 13 * mm)
        canv.drawString(15 * mm, 9 * mm, footer)
        n = doc.page
        if not (skip_first_number and n == 1):
            canv.drawRightString(w - 15 * mm, 9 * mm, page_fmt.format(n + offset))
        canv.restoreState()
    return deco


def build(name, story, templates, title):
    path = os.path.join(HERE, name)
    size = templates[0].pagesize or A4
    doc = BaseDocTemplate(path, pagesize=size, title=title, author="Observatoire des partenariats",
                          creator="s16 generator", subject=title)
    doc.addPageTemplates(templates)
    doc.build(story)
    return path


def one_col(id_, deco, size=A4, top=18 * mm, bottom=18 * mm):
    w, h = size
    return PageTemplate(id=id_, frames=[Frame(15 * mm, bottom, w - 30 * mm, h - top - bottom, id=id_ + "f")],
                        onPage=deco, pagesize=size)


def two_col(id_, deco, size=A4, head=0):
    w, h = size
    gap = 7 * mm
    colw = (w - 30 * mm - gap) / 2
    frames = []
    top = 18 * mm
    if head:
        frames.append(Frame(15 * mm, h - top - head, w - 30 * mm, head, id=id_ + "h"))
    body_h = h - top - head - 18 * mm
    frames.append(Frame(15 * mm, 18 * mm, colw, body_h, id=id_ + "l"))
    frames.append(Frame(15 * mm + colw + gap, 18 * mm, colw, body_h, id=id_ + "r"))
    return PageTemplate(id=id_, frames=frames, onPage=deco, pagesize=size)


# ---------------------------------------------------------------- document 1: two-column bulletin
def doc1():
    deco = make_decor("Observatoire des partenariats — Veille & agenda",
                      "Bulletin de veille — diffusion libre, merci de citer la source",
                      "{} / 3")
    from reportlab.platypus import NextPageTemplate
    t_first = two_col("first", deco, head=40 * mm)
    t_rest = two_col("rest", deco)
    colw = (A4[0] - 30 * mm - 7 * mm) / 2
    s = []
    s += [P("BULLETIN DE VEILLE", "label"),
          P("Ce qui a bougé cet automne autour de l’alliance et de l’ODD 17", "title"),
          P("Numéro de saison, rédigé à partir des annonces publiques de l’Observatoire et de ses partenaires "
            "— à lire en deux colonnes", "edition"),
          NextPageTemplate("rest"), FrameBreak()]
    # left column p1
    s += [P("Agenda : un mois de novembre chargé", "h"),
          P("Plusieurs rendez-vous se sont succédé en quelques semaines. Nous les reprenons ici dans l’ordre "
            "chronologique, avec la date de chacun :"),
          *bullets(["le 15 novembre, un dossier consacré aux alliances paraît dans la revue JURIS Associations "
                    "(numéro 628) ;",
                    "le 23 novembre se tient le troisième dîner « Elus &amp; Entreprises », qui réunit maires "
                    "et chefs d’entreprise autour d’une même table ;",
                    "le 26 novembre, le cinquième webinaire « l’ODD 17 en pratique » est diffusé en ligne."]),
          P("Ce même 26 novembre a vu la sortie d’un nouveau volet territorial. Il s’agit du onzième rapport "
            "régional de l’Observatoire, et il porte sur la Normandie."),
          P("Fondations : une étude dédiée", "h"),
          P("L’étude IMPACT consacrée aux fondations et à leur rôle dans les territoires a été rendue publique "
            "à la fin de l’été. Sa date de parution : le 23 septembre."),
          P("Le panel interrogé est resserré mais représentatif des grandes familles de fondations. "
            "Il compte 42 fondations, distributrices comme opératrices."),
          FrameBreak()]
    # right column p1
    s += [P("Le chiffre du mois", "h"),
          keybox("19", "cibles rattachées à l’ODD 17, d’après la note de décryptage du Comité 21", colw - 4),
          Spacer(1, 6),
          P("La note du Comité 21, intitulée « ODD 17 : Sens, décryptages, déclinaisons », a été présentée "
            "un 5 juillet. Elle détaille une à une les cibles de l’objectif « partenariats pour la réalisation "
            "des objectifs »."),
          P("Rappel : la boîte à outils en ligne", "h"),
          P("La plateforme odd17.org regroupe les ressources d’appui aux acteurs qui veulent passer à l’action. "
            "Elle est organisée selon un acronyme, M.E.D.O.C., dont chaque lettre désigne une famille de "
            "ressources :"),
          *bullets(["M pour Méthodes,", "E pour Exemples,", "D pour Données,", "O pour Outils,",
                    "C pour Compétences."]),
          P("L’ensemble est gratuit et s’enrichit au fil des expérimentations conduites en région."),
          ]
    # page 2
    s += [PageBreak(),
          P("Financer l’expérimentation : le Fonds ODD 17", "h"),
          P("Lancé en 2020, le Fonds ODD 17 est né d’une initiative commune. Le RAMEAU l’a imaginé avec la "
            "Fondation TotalEnergies, qui en est le co-créateur."),
          P("Ce fonds n’a pas vocation à subventionner des projets isolés. Il finance une expérimentation "
            "pluriannuelle, prévue sur 3 ans, pour tester des façons de coopérer entre acteurs d’un même "
            "territoire."),
          P("Quant à sa dotation, elle s’élève à 1,5 M€ sur l’ensemble de la période."),
          P("L’ambition affichée est d’outiller des personnes-relais sur le terrain, que le fonds appelle des "
            "« catalyseurs territoriaux ». Ces derniers devraient être 350 à terme."),
          P("Ce qu’il faut retenir", "h"),
          table([["Élément", "Valeur"],
                 ["Année de création", "2020"],
                 ["Co-créateurs", "Le RAMEAU et Fondation TotalEnergies"],
                 ["Dotation", "1,5 M€"],
                 ["Durée de l’expérimentation", "3 ans"],
                 ["Catalyseurs visés", "350"]], [colw * 0.45, colw * 0.55]),
          FrameBreak(),
          P("Régions : ce que disent les rapports", "h"),
          P("Chaque rapport régional croise les données nationales avec des portraits d’acteurs locaux. "
            "Celui de Normandie suit la même trame que les dix précédents : un état des lieux, des exemples "
            "de coopérations, puis des pistes pour les décideurs."),
          P("Les rapports régionaux sont téléchargeables gratuitement. Ils sont conçus pour être discutés "
            "lors de rencontres territoriales plutôt que lus seuls."),
          P("À noter", "h"),
          P("Le webinaire du 26 novembre a été enregistré. Il reste consultable en différé pour les personnes "
            "qui n’ont pas pu se connecter."),
          ]
    # page 3
    s += [PageBreak(),
          P("Politique publique : de la mission à la loi", "h"),
          P("En 2019, dans le cadre du FNAF, le secrétaire d’État Gabriel Attal a confié une mission sur les "
            "alliances d’intérêt général à deux personnalités : la députée Cathy Racon-Bouzon et "
            "Charles-Benoît Heidsieck, président-fondateur du RAMEAU."),
          P("Leur rapport a été remis au printemps suivant. C’était le 7 mai 2020, en pleine crise sanitaire."),
          P("Un premier bilan de sa mise en œuvre a ensuite été présenté à l’automne. Il date du "
            "17 octobre 2020."),
          P("La traduction législative a pris la forme d’une proposition de loi sur le « droit de l’alliance "
            "d’intérêt général ». C’est la députée déjà citée qui la porte ; elle l’a déposée en février."),
          FrameBreak(),
          P("Une feuille de route ministérielle", "h"),
          P("À côté du texte de loi, le gouvernement a retenu un plan d’action. Cette « feuille de route » "
            "compte 21 mesures, réparties entre reconnaissance, outillage et financement des alliances."),
          keybox("21", "mesures dans la feuille de route ministérielle", colw - 4),
          Spacer(1, 8),
          P("Prochain numéro : retour sur les dîners « Elus &amp; Entreprises » et sur les suites données au "
            "rapport normand.", "note"),
          ]
    return build("obs-s16-01-bulletin-veille-automne.pdf", s, [t_first, t_rest],
                 "Bulletin de veille — automne")


# ---------------------------------------------------------------- document 2: note, printed pages 14-17
def doc2():
    deco = make_decor("NOTE D’ANALYSE · Les dispositifs territoriaux de l’alliance",
                      "Extrait du recueil « Territoires & coopérations » — Le RAMEAU",
                      "p. {}", offset=13)
    tpl = one_col("n", deco)
    W = A4[0] - 30 * mm
    s = [P("NOTE", "label"),
         P("Fondation des Territoires, Charte du faire alliance et démarches pilotes", "title"),
         P("Chapitre 2 du recueil thématique — version mise à jour après la création de la fondation "
           "(pages 14 à 17 du recueil)", "edition"),
         P("1. La Fondation des Territoires : une longue préfiguration", "h"),
         P("L’idée d’une fondation dédiée aux territoires n’est pas née d’un coup. Sa préfiguration a démarré "
           "en juillet 2018 et s’est déroulée en trois temps, résumés dans le tableau suivant."),
         table([["Étape", "Période", "Objet"],
                ["Étape 1", "juillet 2018 – juillet 2019", "Mobiliser les premiers partenaires"],
                ["Étape 2", "août 2019 – novembre 2020", "Tester les modes d’action en territoire"],
                ["Étape 3", "décembre 2020 – mai 2022", "Préparer la création juridique"]],
               [W * 0.18, W * 0.35, W * 0.47]),
         Spacer(1, 6),
         P("Au terme de ce cheminement, la fondation a vu officiellement le jour. Elle a été créée le "
           "14 juin 2022, sous l’égide de la Fondation de Lille¹."),
         P("Son tour de table initial est large : 21 co-fondateurs se sont engagés à ses côtés. "
           "La fondation s’est donné trois missions, qui prolongent les travaux de recherche du RAMEAU."),
         Spacer(1, 20),
         P("¹ Une fondation abritante : la Fondation des Territoires n’a donc pas de personnalité morale "
           "propre.", "note"),
         PageBreak(),
         P("2. La Charte du faire alliance", "h"),
         P("La charte est le fruit d’un travail collectif mené sur une courte période. Pendant trois mois, "
           "acteurs associatifs, entreprises et collectivités l’ont co-construite, sous le pilotage de la "
           "Fondation des Territoires."),
         P("Elle a été dévoilée lors du Giving Tuesday, le 30 novembre 2021², au cours d’une soirée "
           "organisée par VitaWin. Le lieu choisi n’était pas anodin : Saint-Maurice, dans le territoire "
           "Paris-Est Marne &amp; Bois, l’un des pionniers de la démarche."),
         P("Ses promoteurs la présentent comme un « contrat de confiance » entre les parties prenantes d’un "
           "territoire, plutôt que comme un simple texte d’intention."),
         Spacer(1, 30),
         P("² Un communiqué ministériel parle, lui, d’un « mardi 30 septembre » ; la date retenue ici est "
           "celle des organisateurs.", "note"),
         PageBreak(),
         P("3. « Agir ensemble en Territoire » : les pilotes", "h"),
         P("Cette démarche remonte à 2010. Elle a été lancée à la suite de l’étude ARPEA-Collectivités "
           "locales, réalisée avec Comisis et OpinionWay, qui montrait l’attente des élus en matière de "
           "coopération."),
         P("Trois territoires ont servi de terrain d’essai. Chacun s’est appuyé sur un partenaire "
           "d’ancrage :"),
         table([["Territoire pilote", "Partenaire d’ancrage"],
                ["Alsace", "Alsace Active"],
                ["Poitou-Charentes", "Groupe La Poste"],
                ["Paris-Est Marne &amp; Bois", "acteurs locaux du territoire"]], [W * 0.4, W * 0.6]),
         Spacer(1, 8),
         P("Les enseignements de ces pilotes ont nourri la Charte présentée plus haut."),
         PageBreak(),
         P("4. Le parcours d’expérience avec le CGET", "h"),
         P("Le Commissariat général à l’égalité des territoires (CGET) et Le RAMEAU ont conçu ensemble un "
           "parcours d’expérience sur la co-construction territoriale. Il réunit 11 territoires pionniers³."),
         P("Ce parcours s’étale sur 18 mois. Sa première session s’est tenue le 3 mai."),
         P("Chaque territoire y vient avec une équipe mixte, composée d’élus, d’agents et de partenaires "
           "privés ou associatifs."),
         Spacer(1, 30),
         P("³ D’autres présentations du même dispositif évoquent 10 territoires pilotes.", "note"),
         ]
    return build("obs-s16-02-note-fondation-territoires.pdf", s, [tpl],
                 "Note — Fondation des Territoires et démarches pilotes")


# ---------------------------------------------------------------- document 3: study with tables
def doc3():
    deco = make_decor("ÉTUDE IMPACT — Associations & Territoires", "Observatoire des partenariats · "
                      "Programme IMPACT · reproduction autorisée avec mention de la source", "{}")
    tpl = one_col("e", deco)
    W = A4[0] - 30 * mm
    s = [P("ÉTUDE", "label"),
         P("Les associations employeuses et leurs partenaires : résultats de l’étude IMPACT – "
           "Associations &amp; Territoires", "title"),
         P("Publication du programme IMPACT — mise en regard avec l’enquête Associations &amp; Partenariats",
           "edition"),
         P("Le périmètre", "h"),
         P("L’étude s’intéresse aux associations qui salarient au moins une personne. En France, ces "
           "structures sont au nombre de 148 000."),
         P("Le premier constat est massif. Presque toutes déclarent au moins un partenaire : elles sont "
           "98 % dans ce cas."),
         keybox("98 %", "des associations employeuses ont noué au moins un partenariat", 70 * mm),
         Spacer(1, 8),
         P("Pourquoi s’intéresser aux employeuses ?", "h"),
         P("Parce qu’elles portent l’essentiel de l’activité économique du secteur associatif et qu’elles "
           "sont au contact direct des collectivités, des entreprises et des établissements publics."),
         PageBreak(),
         P("Avec qui les associations coopèrent-elles ?", "h"),
         P("Le tableau ci-dessous indique, pour chaque famille de partenaires, la part des associations "
           "employeuses qui déclarent travailler avec elle."),
         table([["Famille de partenaires", "Part des associations employeuses concernées"],
                ["Collectivités territoriales", "89 %"],
                ["Structures d’intérêt général", "73 %"],
                ["Établissements scolaires", "70 %"],
                ["Collectifs d’associations", "56 %"],
                ["Acteurs publics nationaux", "52 %"],
                ["Fédérations professionnelles", "37 %"],
                ["Acteurs académiques", "35 %"]], [W * 0.5, W * 0.5]),
         Spacer(1, 8),
         P("À quelle échelle ?", "h"),
         P("Les partenariats restent d’abord de proximité : ils se nouent à l’échelle locale pour 73 % des "
           "associations. L’échelon régional vient ensuite, nettement derrière ; il concerne 47 % d’entre "
           "elles."),
         PageBreak(),
         P("Quelles formes prennent ces partenariats ?", "h"),
         P("Quatre grandes formes de relations ont été distinguées. Elles ne s’excluent pas : une même "
           "association peut les combiner."),
         table([["Forme de partenariat", "Part des associations"],
                ["Mécénat", "75 %"],
                ["Innovation sociétale", "73 %"],
                ["Pratiques responsables", "70 %"],
                ["Coopération économique", "58 %"]], [W * 0.5, W * 0.5]),
         Spacer(1, 8),
         P("Le mécénat arrive en tête, mais de peu. La coopération économique, qui suppose des échanges "
           "marchands ou des projets communs, est moins répandue."),
         PageBreak(),
         P("Pour mémoire : l’enquête Associations &amp; Partenariats", "h"),
         P("Une enquête antérieure, conduite par Recherches &amp; Solidarités avec Le RAMEAU, permet une "
           "comparaison prudente. Les réponses ont été collectées en mai et juin 2016 auprès de plus de "
           "1 380 responsables associatifs ; les résultats ont été publiés en mars 2017."),
         P("À l’époque, une association comptait en moyenne 2,5 partenaires. Leur répartition était la "
           "suivante :"),
         table([["Type de partenaire (enquête 2016)", "Associations concernées"],
                ["Collectivités", "74 %"],
                ["Autres associations ou fondations", "72 %"],
                ["Établissements d’enseignement", "47 %"],
                ["Entreprises", "28 %"],
                ["Structures d’insertion", "22 %"],
                ["Organismes de recherche", "9 %"]], [W * 0.5, W * 0.5]),
         Spacer(1, 8),
         P("La taille compte. Parmi les associations dont le budget dépasse 150 000 €, la moitié (50 %) "
           "avait un partenariat avec une entreprise ; chez celles qui disposent de moins de 10 000 €, "
           "elles n’étaient que 20 %."),
         P("Les deux enquêtes n’ont ni le même champ ni la même méthode : les écarts doivent être lus "
           "avec précaution.", "note"),
         ]
    return build("obs-s16-03-etude-associations-territoires.pdf", s, [tpl],
                 "Étude IMPACT — Associations & Territoires")


# ---------------------------------------------------------------- document 4: slides, printed numbers = PDF-1
def doc4():
    size = landscape(A4)
    deco = make_decor("IMPACTS & TRAJECTOIRES — Élus locaux", "Diaporama de restitution — Observatoire des "
                      "partenariats", "diapo {}", offset=-1, skip_first_number=True, size=size)
    tpl = one_col("s", deco, size=size, top=22 * mm, bottom=20 * mm)
    sl = lambda t: Paragraph(t, ST["slide"], bulletText="▸")
    s = [P("DIAPORAMA", "label"),
         P("IMPACTS &amp; TRAJECTOIRES – Élus locaux", "slide_t"),
         P("Ce que disent les maires de la dynamique de leur territoire", "h"),
         Spacer(1, 20),
         P("Restitution présentée en novembre 2024 — support de séance, non exhaustif", "edition"),
         PageBreak(),
         P("Comment l’enquête a été menée", "slide_t"),
         sl("Échantillon : 302 maires"),
         sl("Mode d’interrogation : par téléphone"),
         sl("Terrain : du 30 septembre au 28 octobre 2024"),
         sl("Profil : surtout des petites communes"),
         sl("84 % des répondants sont maires d’une commune de moins de 2 000 habitants"),
         PageBreak(),
         P("Des territoires qui bougent", "slide_t"),
         sl("Une large majorité voit son territoire « en mouvement »"),
         sl("Au total : 91 %"),
         sl("Dont « fortement » : 35 %"),
         sl("Dont « ni plus ni moins qu’avant » : 56 %"),
         P("Lecture : les deux sous-catégories additionnées donnent le total.", "slide_small"),
         PageBreak(),
         P("Rappels des vagues précédentes", "slide_t"),
         sl("Partenariats vus comme source d’innovation : 87 % des maires"),
         sl("Territoire jugé engagé : 76 % des maires"),
         sl("… mais 46 % ne savent pas comment piloter ces coopérations"),
         sl("Utilité de la co-construction reconnue : 92 % des maires"),
         sl("Élus locaux prêts à s’appuyer sur le « jouer collectif » : 64 %"),
         PageBreak(),
         P("Repères : d’où vient cette série ?", "slide_t"),
         sl("PHARE-Institutions, publié le 29 novembre 2016"),
         sl("Il distinguait 5 profils de maires"),
         sl("IMPACT-Elus locaux : enquête de novembre 2020"),
         sl("Réalisée par Comisis et OpinionWay"),
         sl("Elle a donné la fiche-repère « Les dynamiques d’engagement des Collectivités territoriales »"),
         ]
    return build("obs-s16-04-diaporama-elus-locaux.pdf", s, [tpl], "Diaporama — Élus locaux")


# ---------------------------------------------------------------- document 5: fiche repère, key figures
def doc5():
    deco = make_decor("FICHE REPÈRE · Citoyens, entreprises et alliances", "Observatoire des partenariats — "
                      "fiche n° C-3", "page {} sur 3")
    tpl = one_col("f", deco)
    W = A4[0] - 30 * mm
    boxes = Table([[keybox("2 000+", "personnes interrogées", W / 3 - 6),
                    keybox("69 %", "jugent l’alliance comme un devoir", W / 3 - 6),
                    keybox("7,1/10", "la note la plus haute : l’emploi", W / 3 - 6)]],
                  colWidths=[W / 3] * 3)
    s = [P("FICHE REPÈRE", "label"),
         P("Ce que les Français attendent des alliances entre acteurs", "title"),
         P("D’après l’enquête PHARE-Citoyens, parue en septembre 2015, et les vagues ARPEA qui l’ont "
           "précédée", "edition"),
         boxes,
         Spacer(1, 10),
         P("L’enquête", "h"),
         P("PHARE-Citoyens est le premier volet du programme PHARE. Plus de 2 000 personnes ont été "
           "interrogées."),
         P("Une majorité nette se dégage sur le principe. Pour 69 % des Français, faire alliance entre "
           "associations, entreprises et pouvoirs publics relève du « devoir »."),
         P("Les priorités des Français", "h"),
         P("Les personnes interrogées ont noté sur 10 l’importance de plusieurs enjeux pour leur territoire. "
           "Celui qui arrive en tête est l’emploi ; il obtient 7,1/10."),
         table([["Enjeu", "Note moyenne sur 10"],
                ["Emploi", "7,1"],
                ["Pouvoir d’achat", "6,6"],
                ["Sécurité", "6,6*"],
                ["Développement économique", "6,5"],
                ["Environnement", "6,3"],
                ["Exclusion", "6,3"]], [W * 0.5, W * 0.5]),
         Spacer(1, 4),
         P("* Une autre présentation des résultats arrondit la note de la sécurité à 7/10.", "note"),
         PageBreak(),
         P("Où les partenariats auraient-ils le plus d’effet ?", "h"),
         P("On a ensuite demandé aux Français dans quels domaines une coopération entre acteurs pourrait "
           "produire un impact fort. Voici les réponses, annoncées par ordre décroissant :"),
         *bullets(["l’emploi, cité par 49 % ;",
                   "le développement économique, pour 46 % ;",
                   "l’environnement, à 42 % ;",
                   "enfin la lutte contre la précarité et l’éducation, chacune à 36 %."]),
         Spacer(1, 6),
         P("Les chiffres de 2016 sur les pratiques", "h"),
         P("Une note datée du 29 février 2016 a mesuré la diffusion réelle des partenariats. Côté "
           "entreprises, 37 % de celles qui comptent au moins 10 salariés en pratiquaient un."),
         P("Côté associations, la proportion était proche : 38 %. Elle montait à 53 % parmi les "
           "associations employeuses."),
         P("La même note a isolé un groupe de « pionniers ». Chez ces derniers, le taux atteignait 65 %."),
         PageBreak(),
         P("Avant PHARE : les années ARPEA", "h"),
         P("Le programme ARPEA posait déjà la question du caractère urgent des partenariats. En 2008, 86 % "
           "des Français répondaient qu’il fallait en créer rapidement."),
         P("Quatre ans plus tard, l’opinion n’avait guère changé. En 2012, ils étaient encore 84 %."),
         P("Le volet Entreprises &amp; Territoires", "h"),
         P("Publié en janvier 2011, ce volet a classé les entreprises en trois groupes selon leur rapport aux "
           "partenariats avec les associations :"),
         table([["Position de l’entreprise", "Part"],
                ["Développe déjà des partenariats", "21 %"],
                ["Souhaite en développer", "33 %"],
                ["Ne le souhaite pas", "46 %"]], [W * 0.6, W * 0.4]),
         Spacer(1, 6),
         P("Autrement dit, plus de la moitié des entreprises étaient soit engagées, soit prêtes à l’être."),
         ]
    return build("obs-s16-05-fiche-repere-citoyens.pdf", s, [tpl], "Fiche repère — Citoyens")


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
