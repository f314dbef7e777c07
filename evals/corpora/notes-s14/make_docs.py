# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s14.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s14-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; the wording is new.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONTDIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

W, H = A4
TEAL = colors.HexColor("#1f6f78")
SAND = colors.HexColor("#f3ead8")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8eef0")
PLUM = colors.HexColor("#6b2d5c")


def st(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=13.2, alignment=TA_JUSTIFY,
                spaceAfter=5)
    base.update(kw)
    return ParagraphStyle(name, **base)


S = {
    "label": st("label", fontName="DV-B", fontSize=9, textColor=TEAL, alignment=TA_LEFT,
                spaceAfter=2),
    "title": st("title", fontName="DV-B", fontSize=19, leading=23, alignment=TA_LEFT,
                spaceAfter=6),
    "edition": st("edition", fontName="DV-I", fontSize=9, textColor=GREY, alignment=TA_LEFT,
                  spaceAfter=10),
    "h2": st("h2", fontName="DV-B", fontSize=12, leading=15, textColor=TEAL,
             alignment=TA_LEFT, spaceBefore=8, spaceAfter=4),
    "h3": st("h3", fontName="DV-B", fontSize=10, leading=13, alignment=TA_LEFT,
             spaceBefore=4, spaceAfter=3),
    "body": st("body"),
    "bullet": st("bullet", leftIndent=14, bulletIndent=4, spaceAfter=2),
    "small": st("small", fontSize=8, leading=10.5, textColor=GREY),
    "foot": st("foot", fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_LEFT,
               spaceAfter=2),
    "cell": st("cell", fontSize=8.8, leading=11, alignment=TA_LEFT, spaceAfter=0),
    "cellb": st("cellb", fontName="DV-B", fontSize=8.8, leading=11, alignment=TA_LEFT,
                spaceAfter=0),
    "big": st("big", fontName="DV-B", fontSize=20, leading=23, textColor=PLUM,
              alignment=TA_CENTER, spaceAfter=0),
    "bigcap": st("bigcap", fontSize=8.5, leading=10.5, alignment=TA_CENTER, spaceAfter=0),
}


def P(text, style="body"):
    return Paragraph(text, S[style])


def bullets(items, style="bullet", sym="•"):
    return [Paragraph(t, S[style], bulletText=sym) for t in items]


def keybox(pairs, widths, bg=SAND):
    """Key-figure box: a row of (figure, caption) cells."""
    row1 = [P(a, "big") for a, _ in pairs]
    row2 = [P(b, "bigcap") for _, b in pairs]
    t = Table([row1, row2], colWidths=widths)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, PLUM),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def grid(rows, widths, header_bg=TEAL, zebra=True):
    data = []
    for i, r in enumerate(rows):
        data.append([P(c, "cellb" if i == 0 else "cell") for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9ad")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for i in range(2, len(rows), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    t.setStyle(TableStyle(style))
    # white header text: re-style header paragraphs
    for c in data[0]:
        c.style = ParagraphStyle("hdr", parent=S["cellb"], textColor=colors.white)
    return t


def boxed(flowables, width, bg=LIGHT, border=TEAL):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def make_doc(path, title, decorate, templates):
    doc = BaseDocTemplate(path, pagesize=A4, title=title, author="Le RAMEAU (démo)",
                          subject="Observatoire des partenariats", creator="make_docs.py",
                          leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                          bottomMargin=2 * cm)
    pts = []
    for tid, frames in templates:
        pts.append(PageTemplate(id=tid, frames=frames, onPage=decorate))
    doc.addPageTemplates(pts)
    return doc


def full_frame(fid):
    return Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4.2 * cm, id=fid,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def two_cols(prefix, top=H - 2.2 * cm, bottom=2 * cm, gap=0.8 * cm):
    cw = (W - 4 * cm - gap) / 2
    hh = top - bottom
    return [Frame(2 * cm, bottom, cw, hh, id=prefix + "L", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0),
            Frame(2 * cm + cw + gap, bottom, cw, hh, id=prefix + "R", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)]


# ---------------------------------------------------------------------------
# 01 — FICHE REPÈRE : Fonds ODD 17
# ---------------------------------------------------------------------------
def doc01():
    path = os.path.join(HERE, "obs-s14-01-fonds-odd17.pdf")

    def deco(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 1.3 * cm, W, 1.3 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8.5)
        c.drawString(2 * cm, H - 0.85 * cm, "OBSERVATOIRE DES PARTENARIATS  |  FICHES REPÈRES")
        c.setFont("DV", 8.5)
        c.drawRightString(W - 2 * cm, H - 0.85 * cm, "Outils pour faire alliance")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, 1.1 * cm, "Le RAMEAU · fiche repère n° 7 · reproduction libre avec mention de la source")
        c.setFont("DV-B", 8.5)
        c.drawRightString(W - 2 * cm, 1.1 * cm, "p. %d" % (d.page + 11))
        c.restoreState()

    doc = make_doc(path, "Fiche repère — Le Fonds ODD 17", deco, [("main", [full_frame("f")])])
    fw = W - 4 * cm
    story = [
        P("FICHE REPÈRE", "label"),
        P("Le Fonds ODD 17 : financer celles et ceux qui relient", "title"),
        P("Fiche n° 7 de la collection « Outils pour faire alliance » — version revue au printemps", "edition"),
        P("Parmi les dispositifs nés au moment de la crise sanitaire, l'un d'eux se consacre "
          "tout entier au dix-septième objectif de développement durable, celui qui parle de "
          "partenariats<super>1</super>. Le fonds qui le porte a vu le jour en 2020. Ses deux "
          "co-fondateurs sont Le RAMEAU et la Fondation TotalEnergies, qui ont choisi de "
          "miser sur les personnes capables de faire travailler ensemble des acteurs "
          "habituellement cloisonnés."),
        P("Le principe est simple à énoncer, plus délicat à mettre en œuvre : plutôt que de "
          "financer des projets un par un, le fonds soutient une expérimentation. Celle-ci "
          "s'étale sur trois années et dispose d'une enveloppe dédiée, présentée ci-dessous."),
        Spacer(1, 4),
        keybox([("1,5 M€", "dotation réservée à l'expérimentation"),
                ("3 ans", "durée prévue de l'expérimentation"),
                ("350", "« catalyseurs territoriaux » dans le réseau")],
               [fw / 3] * 3),
        Spacer(1, 8),
        P("Des catalyseurs plutôt que des projets", "h2"),
        P("Un catalyseur territorial n'est ni un financeur ni un opérateur. Il s'agit d'une "
          "personne ou d'une structure qui connaît son territoire, repère les besoins non "
          "couverts et aide des organisations de nature différente — collectivités, "
          "associations, entreprises — à s'accorder sur un objectif commun. Le fonds parie "
          "que ce rôle d'« assembleur » est le chaînon manquant de nombreuses dynamiques "
          "locales."),
        P("Une boîte à outils en cinq lettres", "h2"),
        P("Les ressources mises à disposition des catalyseurs sont regroupées sur la "
          "plateforme www.odd17.org. Elles sont rangées sous un acronyme facile à retenir, "
          "M.E.D.O.C., dont chaque lettre désigne une famille de contenus :"),
    ]
    story += bullets([
        "<b>M</b>éthodes — des démarches éprouvées pour lancer et animer une alliance ;",
        "<b>E</b>xemples — des initiatives inspirantes décrites pas à pas ;",
        "<b>D</b>onnées — les chiffres issus des travaux de l'Observatoire ;",
        "<b>O</b>utils — des grilles, trames et supports prêts à l'emploi ;",
        "<b>C</b>ompétences — les savoir-faire à acquérir pour jouer ce rôle.",
    ])
    story += [
        Spacer(1, 6),
        P("Chacune de ces familles s'enrichit au fil des retours de terrain, si bien que la "
          "plateforme sert autant de bibliothèque que de carnet de bord collectif."),
        Spacer(1, 10),
        P("<super>1</super> L'ODD 17 s'intitule « Partenariats pour la réalisation des objectifs ». "
          "L'encadré de la page suivante y revient.", "foot"),
        PageBreak(),
        P("Repère : que recouvre l'ODD 17 ?", "h2"),
        P("On résume souvent le dix-septième objectif à un mot d'ordre. Le Comité 21 a voulu "
          "aller plus loin en publiant une note intitulée « ODD 17 : Sens, décryptages, "
          "déclinaisons ». Elle a été rendue publique un 5 juillet et passe en revue, une à "
          "une, les cibles rattachées à cet objectif."),
        P("Combien sont-elles ? Ce dernier en compte 19 au total, soit davantage que la "
          "plupart des autres objectifs. Les cibles couvrent aussi bien la mobilisation des "
          "ressources financières que le renforcement des capacités ou les partenariats "
          "multi-acteurs."),
        Spacer(1, 6),
        boxed([P("Qui porte la démarche ?", "h3"),
               P("Le RAMEAU est une association d'intérêt général fondée en 2006. Elle se "
                 "décrit comme un « laboratoire de recherche empirique » consacré aux "
                 "alliances entre organisations. Son président-fondateur est Charles-Benoît "
                 "Heidsieck ; la direction générale est assurée par Laurence Weber."),
               P("Depuis sa création, l'association a mené des expérimentations auprès de "
                 "plus de 500 organisations. Elle a en outre recensé plus de 1 000 exemples "
                 "inspirants, dont une partie alimente la rubrique « Exemples » de la "
                 "plateforme.")], fw),
        Spacer(1, 10),
        P("Pour aller plus loin", "h2"),
        P("Les équipes qui reçoivent la fiche s'en servent le plus souvent de trois façons :"),
    ]
    story += bullets([
        "pour présenter le fonds lors d'une réunion de territoire ;",
        "pour repérer, parmi leurs propres partenaires, les profils de catalyseurs ;",
        "pour orienter les porteurs d'initiatives vers les ressources M.E.D.O.C.",
    ], sym="–")
    story += [
        Spacer(1, 8),
        P("Les montants et effectifs cités dans cette fiche correspondent à la période "
          "d'expérimentation ; ils ne préjugent pas d'une éventuelle suite.", "small"),
    ]
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 02 — BULLETIN DE VEILLE : Fondation des Territoires, Charte, pilotes
# ---------------------------------------------------------------------------
def doc02():
    path = os.path.join(HERE, "obs-s14-02-veille-fondation-territoires.pdf")

    def deco(c, d):
        c.saveState()
        c.setStrokeColor(PLUM)
        c.setLineWidth(2)
        c.line(2 * cm, H - 1.5 * cm, W - 2 * cm, H - 1.5 * cm)
        c.setFillColor(PLUM)
        c.setFont("DV-B", 8)
        c.drawString(2 * cm, H - 1.3 * cm, "VEILLE · TERRITOIRES & ALLIANCES")
        c.setFont("DV", 8)
        c.drawRightString(W - 2 * cm, H - 1.3 * cm, "Bulletin n° 14")
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(2 * cm, 1.5 * cm, W - 2 * cm, 1.5 * cm)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, 1.1 * cm, "Diffusion : réseau des partenaires de l'Observatoire")
        c.drawRightString(W - 2 * cm, 1.1 * cm, "feuillet %d / 3" % d.page)
        c.restoreState()

    head_h = 4.3 * cm
    top = H - 2.2 * cm
    first = [Frame(2 * cm, top - head_h, W - 4 * cm, head_h, id="head", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)]
    first += two_cols("a", top=top - head_h - 0.2 * cm)
    doc = make_doc(path, "Bulletin de veille n° 14", deco,
                   [("first", first), ("cols", two_cols("b"))])
    cw = (W - 4 * cm - 0.8 * cm) / 2
    story = [
        NextPageTemplate("cols"),
        P("BULLETIN DE VEILLE", "label"),
        P("De la préfiguration à la Fondation : quatre années pour bâtir un outil commun", "title"),
        P("Numéro 14 — rédigé au lendemain de l'été 2022, complété d'un rappel des démarches antérieures", "edition"),
        FrameBreak(),
        P("Une fondation pour les territoires", "h2"),
        P("L'idée n'est pas née d'hier. Une phase de préfiguration avait été ouverte dès "
          "juillet 2018, avec l'ambition de tester le modèle avant de le graver dans le "
          "marbre. Cette préparation a été découpée en trois séquences successives :"),
    ]
    story += bullets([
        "de juillet 2018 à juillet 2019 ;",
        "d'août 2019 à novembre 2020 ;",
        "de décembre 2020 à mai 2022.",
    ])
    story += [
        P("L'aboutissement n'a pas tardé. C'est le 14 juin 2022 que la Fondation des "
          "Territoires a été officiellement créée. Elle n'a pas de statut autonome : elle "
          "est abritée par la Fondation de Lille, sous l'égide de laquelle elle exerce ses "
          "trois missions."),
        P("Combien de signataires au bas de l'acte fondateur ? Ils sont 21 à s'être engagés "
          "comme co-fondateurs, issus de mondes aussi différents que l'entreprise, la "
          "philanthropie ou le secteur associatif."),
        P("Ce qu'en disent les acteurs", "h3"),
        P("Pour ses promoteurs, la fondation doit servir de « maison commune » à celles et "
          "ceux qui, localement, tentent de faire coopérer des organisations qui ne se "
          "parlaient pas. Elle ne remplace aucun acteur existant ; elle cherche plutôt à "
          "outiller ceux qui relient."),
        P("Le calendrier retenu laisse une large place à l'écoute des territoires : chaque "
          "séquence de la préfiguration s'est achevée par un temps de bilan partagé avec "
          "les partenaires."),
        P("Un héritage de plusieurs années", "h3"),
        P("La fondation s'inscrit dans une lignée de démarches conduites avec les "
          "collectivités, dont plusieurs sont rappelées dans les feuillets suivants. "
          "Les lecteurs y retrouveront notamment la charte présentée fin 2021 et les "
          "premiers territoires pilotes."),
        PageBreak(),
        P("Une charte pour « faire alliance »", "h2"),
        P("Avant même sa création officielle, la future fondation a piloté l'écriture d'un "
          "texte de référence. Il aura fallu trois mois de co-construction, menés avec des "
          "acteurs de terrain, pour aboutir à la Charte du faire alliance."),
        P("Sa présentation publique a eu lieu le 30 novembre 2021. La date ne doit rien au "
          "hasard : ce mardi-là correspondait au Giving Tuesday, journée mondiale de la "
          "générosité. La soirée, organisée par VitaWin, s'est tenue à Saint-Maurice, sur le "
          "territoire Paris-Est Marne &amp; Bois."),
        P("Que contient le texte ? Ses rédacteurs le décrivent comme un « contrat de "
          "confiance » entre partenaires. Il ne crée pas d'obligation juridique mais fixe "
          "une manière de se comporter lorsqu'on s'engage ensemble."),
        P("Agir ensemble en Territoire", "h2"),
        P("La charte puise ses racines dans une démarche plus ancienne. Celle-ci a été "
          "initiée en 2010. Elle prolongeait l'étude ARPEA-Collectivités locales, menée "
          "avec Comisis et OpinionWay, qui avait mis en lumière l'attente des élus en "
          "matière de coopération."),
        P("Trois territoires ont accepté de jouer les éclaireurs. Le tableau ci-dessous "
          "précise, pour chacun, l'acteur qui a porté localement la dynamique."),
        grid([["Territoire pilote", "Acteur d'ancrage"],
              ["Alsace", "Alsace Active"],
              ["Poitou-Charentes", "Groupe La Poste"],
              ["Paris-Est Marne &amp; Bois", "acteurs du territoire (sans chef de file unique)"]],
             [cw * 0.45, cw * 0.55]),
        Spacer(1, 6),
        P("Ces pilotes ont servi de terrain d'apprentissage : les enseignements tirés de "
          "leurs essais ont été repris, dix ans plus tard, dans la rédaction de la charte."),
        P("Le fil rouge de ces expériences tient en une conviction : aucune organisation, "
          "aussi solide soit-elle, ne peut répondre seule aux fragilités d'un territoire."),
        PageBreak(),
        P("Un parcours pour les territoires pionniers", "h2"),
        P("Le RAMEAU et le CGET ont conçu ensemble un parcours d'expérience consacré à la "
          "co-construction territoriale. Onze territoires s'y sont engagés, soit 11 "
          "territoires pionniers<super>*</super>, pour une durée de 18 mois."),
        P("La première session de travail s'est tenue le 3 mai. Les suivantes ont alterné "
          "rencontres collectives et visites sur place."),
        P("<super>*</super> Une autre présentation du même programme évoque « le CGET et 10 "
          "territoires pilotes » ; l'écart tient vraisemblablement à la date de la "
          "communication.", "foot"),
        Spacer(1, 8),
        boxed([P("Les rendez-vous de novembre", "h3")] + bullets([
            "15 novembre : dossier consacré aux alliances dans JURIS Associations n° 628 ;",
            "23 novembre : 3<super>e</super> dîner « Élus &amp; Entreprises » ;",
            "26 novembre : publication du 11<super>e</super> rapport régional, consacré à la Normandie ;",
            "26 novembre également : 5<super>e</super> webinaire « l'ODD 17 en pratique ».",
        ]), cw),
        Spacer(1, 8),
        P("Pourquoi suivre ces rendez-vous ?", "h3"),
        P("Ils permettent de confronter les résultats des études régionales aux "
          "témoignages d'élus et de dirigeants. Le rapport normand, par exemple, prolonge "
          "une série de restitutions territoriales engagée plusieurs années auparavant."),
        P("Le dîner réunit, comme son nom l'indique, des maires et des chefs d'entreprise "
          "autour d'une question unique : comment passer de l'intention à l'action commune."),
        P("Le webinaire, enfin, s'adresse aux praticiens qui souhaitent s'approprier les "
          "outils présentés dans les fiches repères."),
    ]
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 03 — DIAPORAMA : IMPACTS & TRAJECTOIRES — Élus locaux (canvas, 16:9)
# ---------------------------------------------------------------------------
def doc03():
    path = os.path.join(HERE, "obs-s14-03-diaporama-elus-locaux.pdf")
    SW, SH = 960, 540
    c = rl_canvas.Canvas(path, pagesize=(SW, SH), invariant=1)
    c.setTitle("Diaporama — Impacts & Trajectoires, élus locaux")
    c.setAuthor("Le RAMEAU (démo)")
    c.setSubject("Observatoire des partenariats")
    c.setCreator("make_docs.py")
    total = 4

    def chrome(num):
        c.setFillColor(PLUM)
        c.rect(0, SH - 38, SW, 38, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 13)
        c.drawString(36, SH - 25, "IMPACTS & TRAJECTOIRES · Élus locaux")
        c.setFont("DV", 11)
        c.drawRightString(SW - 36, SH - 25, "Observatoire des partenariats")
        c.setFillColor(GREY)
        c.setFont("DV", 10)
        c.drawString(36, 18, "Le RAMEAU — restitution de novembre 2024")
        if num is not None:
            c.setFont("DV-B", 11)
            c.drawRightString(SW - 36, 18, "%d / %d" % (num, total))

    def lines(items, x, y, size=22, gap=40, font="DV"):
        for it in items:
            f, s, txt = font, size, it
            if isinstance(it, tuple):
                f, s, txt = it
            c.setFont(f, s)
            c.setFillColor(colors.black)
            c.drawString(x, y, txt)
            y -= gap
        return y

    # cover (no printed number)
    chrome(None)
    c.setFillColor(TEAL)
    c.setFont("DV-B", 14)
    c.drawString(70, 400, "DIAPORAMA")
    c.setFillColor(colors.black)
    c.setFont("DV-B", 36)
    c.drawString(70, 340, "Les maires face aux transitions")
    c.setFont("DV", 22)
    c.drawString(70, 300, "Ce que disent les élus de leur territoire")
    c.setFont("DV-I", 15)
    c.setFillColor(GREY)
    c.drawString(70, 240, "Programme IMPACT — vague « Élus locaux », mise en ligne à l'automne 2024")
    c.showPage()

    # slide 1: méthode
    chrome(1)
    c.setFont("DV-B", 28)
    c.setFillColor(TEAL)
    c.drawString(60, 440, "Comment l'enquête a été menée")
    lines([
        "• 302 maires interrogés",
        "• entretiens par téléphone",
        "• terrain : du 30 septembre au 28 octobre 2024",
        "• 84 % des répondants exercent dans une commune",
        "   de moins de 2 000 habitants",
    ], 80, 370)
    c.setFont("DV-I", 13)
    c.setFillColor(GREY)
    c.drawString(80, 90, "Échantillon : maires en exercice, toutes tailles de communes.")
    c.showPage()

    # slide 2: résultats
    chrome(2)
    c.setFont("DV-B", 28)
    c.setFillColor(TEAL)
    c.drawString(60, 440, "Un territoire qui bouge")
    c.setFillColor(SAND)
    c.rect(80, 250, 300, 150, stroke=0, fill=1)
    c.setFillColor(PLUM)
    c.setFont("DV-B", 64)
    c.drawCentredString(230, 315, "91 %")
    c.setFont("DV", 14)
    c.setFillColor(colors.black)
    c.drawCentredString(230, 275, "voient leur territoire en mouvement")
    lines([
        "dont 35 % : « fortement »",
        "et 56 % : « ni plus ni moins qu'avant »",
    ], 430, 360, size=21)
    lines([
        ("DV-B", 17, "Ce qu'on retient"),
        ("DV", 16, "Le mouvement est général ; son intensité varie beaucoup d'une commune à l'autre."),
    ], 80, 190, gap=30)
    c.showPage()

    # slide 3: repères antérieurs
    chrome(3)
    c.setFont("DV-B", 28)
    c.setFillColor(TEAL)
    c.drawString(60, 440, "Rappel : les vagues précédentes")
    lines([
        "• Nov. 2020 : étude IMPACT-Élus locaux (Comisis-OpinionWay)",
        "• Elle a donné naissance à une fiche repère :",
        "   « Les dynamiques d'engagement des Collectivités territoriales »",
        "• 76 % des maires jugent leur territoire engagé",
        "• … mais 46 % disent ne pas savoir piloter ces alliances",
        "• 64 % des élus locaux veulent miser sur le « jouer collectif »",
    ], 70, 380, size=19, gap=38)
    c.showPage()

    # slide 4: le programme
    chrome(4)
    c.setFont("DV-B", 28)
    c.setFillColor(TEAL)
    c.drawString(60, 440, "Le programme IMPACT en bref")
    lines([
        ("DV-B", 18, "Mené par cinq partenaires :"),
        "   Caisse des Dépôts · Institut CDC pour la Recherche",
        "   Groupe La Poste · Fondation TOTAL · Le RAMEAU",
        ("DV-B", 18, "Trois axes d'analyse :"),
        "   innovation sociétale et territoriale",
        "   performance des organisations",
        "   confiance",
    ], 70, 385, size=18, gap=33)
    c.setFont("DV-I", 13)
    c.setFillColor(GREY)
    c.drawString(70, 90, "Plan quinquennal 2018-2022, lancé en novembre 2017, à la suite de PHARE.")
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# 04 — ÉTUDE : IMPACT – Associations & Territoires (+ regard 2016)
# ---------------------------------------------------------------------------
def doc04():
    path = os.path.join(HERE, "obs-s14-04-etude-associations-territoires.pdf")

    def deco(c, d):
        c.saveState()
        c.setFillColor(SAND)
        c.rect(0, H - 1.4 * cm, W, 1.4 * cm, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DV-B", 8.5)
        c.drawString(2 * cm, H - 0.9 * cm, "ÉTUDE IMPACT · ASSOCIATIONS & TERRITOIRES")
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawRightString(W - 2 * cm, H - 0.9 * cm, "Cahier n° 3")
        c.setFont("DV", 7.5)
        c.drawString(2 * cm, 1.1 * cm, "Observatoire des partenariats — programme IMPACT")
        c.setFont("DV-B", 9)
        c.drawRightString(W - 2 * cm, 1.1 * cm, str(30 + d.page))
        c.restoreState()

    doc = make_doc(path, "Étude — Associations & Territoires", deco,
                   [("main", [full_frame("f")]), ("cols", two_cols("c"))])
    fw = W - 4 * cm
    story = [
        P("ÉTUDE", "label"),
        P("Les associations employeuses, championnes discrètes des alliances locales", "title"),
        P("Cahier n° 3 du programme IMPACT — édition consacrée au monde associatif", "edition"),
        P("Introduction", "h2"),
        P("On parle volontiers des associations comme de bénéficiaires. Ce cahier prend le "
          "point de vue inverse : il les regarde comme des artisanes de coopération. "
          "L'enquête porte sur les seules associations qui salarient au moins une personne. "
          "Elles représentent une population de 148 000 structures en France."),
        P("Le premier enseignement tient en un chiffre. Quasiment toutes déclarent travailler "
          "avec au moins un partenaire : la proportion atteint 98 %, ce qui fait du "
          "partenariat la norme plutôt que l'exception."),
        Spacer(1, 4),
        keybox([("148 000", "associations employeuses dans le champ de l'étude"),
                ("98 %", "ont noué au moins un partenariat")], [fw / 2] * 2),
        Spacer(1, 8),
        P("Ce que l'on entend par partenariat", "h2"),
        P("Un partenariat désigne ici toute relation suivie, formalisée ou non, qui engage "
          "l'association et une autre organisation autour d'un objectif commun. Une simple "
          "subvention ponctuelle ou un achat de prestation n'entre pas dans cette "
          "définition ; un projet mené à plusieurs, un mécénat régulier ou un échange de "
          "compétences, si."),
        P("Le questionnaire distinguait deux dimensions : la nature du partenaire (avec qui "
          "l'association travaille-t-elle ?) et la forme de la relation (que font-ils "
          "ensemble ?). Les deux pages suivantes les examinent successivement."),
        P("Lecture des tableaux : chaque pourcentage se lit indépendamment des autres ; une "
          "même association pouvant citer plusieurs partenaires, les totaux dépassent 100 %.",
          "small"),
        PageBreak(),
        P("1. Avec qui les associations s'allient-elles ?", "h2"),
        P("Le tableau 1 classe les familles de partenaires selon la part d'associations "
          "employeuses qui déclarent au moins une relation avec elles."),
        grid([["Famille de partenaires", "Part des associations concernées"],
              ["Collectivités territoriales", "89 %"],
              ["Structures d'intérêt général", "73 %"],
              ["Établissements scolaires", "70 %"],
              ["Collectifs d'associations", "56 %"],
              ["Acteurs publics nationaux", "52 %"],
              ["Fédérations professionnelles", "37 %"],
              ["Acteurs académiques (universités, laboratoires)", "35 %"]],
             [fw * 0.62, fw * 0.38]),
        P("Tableau 1 — Familles de partenaires citées (plusieurs réponses possibles).", "small"),
        Spacer(1, 6),
        P("Sans surprise, la collectivité reste le premier interlocuteur. L'école arrive en "
          "bonne place, devant les réseaux associatifs eux-mêmes. Le monde de la recherche "
          "ferme la marche."),
        P("2. À quelle échelle ?", "h2"),
        P("L'ancrage est avant tout de proximité. C'est à l'échelle locale que 73 % des "
          "associations employeuses nouent leurs partenariats. L'échelon régional vient "
          "ensuite ; il concerne 47 % d'entre elles."),
        P("Ces deux proportions ne s'excluent pas : une même structure peut conjuguer des "
          "partenaires de quartier et un financeur régional."),
        NextPageTemplate("cols"),
        PageBreak(),
        P("3. Que font-ils ensemble ?", "h2"),
        P("Quatre grandes formes de relation ont été proposées aux répondants. Le "
          "tableau 2 en donne la fréquence."),
        grid([["Forme de partenariat", "Part"],
              ["Mécénat", "75 %"],
              ["Innovation sociétale", "73 %"],
              ["Pratiques responsables", "70 %"],
              ["Coopération économique", "58 %"]],
             [((W - 4.8 * cm) / 2) * 0.68, ((W - 4.8 * cm) / 2) * 0.32]),
        P("Tableau 2 — Formes de partenariat déclarées.", "small"),
        P("Le mécénat reste la porte d'entrée la plus courante. Il est toutefois suivi de "
          "près par des formes plus exigeantes, où l'on invente ensemble une réponse "
          "nouvelle à un besoin social."),
        P("Un glissement vers la co-construction", "h3"),
        P("La coopération économique, qui suppose un modèle partagé — achats, mutualisation "
          "de moyens, offre commune — concerne désormais plus de la moitié des "
          "associations interrogées. C'est l'indice d'une maturité croissante des "
          "relations."),
        FrameBreak(),
        P("Paroles de dirigeants", "h3"),
        P("« Le mécénat nous a ouvert la porte ; la coopération nous a fait changer de "
          "métier », résume une directrice d'association d'insertion interrogée lors des "
          "entretiens qualitatifs."),
        P("Un autre responsable insiste sur le temps long : « Elle prend des années, cette "
          "confiance. Mais une fois installée, elle résiste aux changements de "
          "personnes. »"),
        P("Ce que cela change pour les territoires", "h3"),
        P("Quand une association coopère avec plusieurs familles d'acteurs, elle joue un "
          "rôle de passerelle. Elle relie l'école, la mairie et l'entreprise voisine, qui "
          "n'auraient pas forcément travaillé ensemble sans elle."),
        P("Ce rôle reste peu visible dans les statistiques classiques, qui comptent les "
          "emplois et les budgets mais rarement les liens. C'est précisément ce que le "
          "programme IMPACT cherche à documenter."),
        NextPageTemplate("main"),
        PageBreak(),
        P("4. Regard en arrière : l'enquête de 2016", "h2"),
        P("Pour mesurer le chemin parcouru, il est utile de relire une enquête antérieure, "
          "« Associations &amp; Partenariats ». Réalisée par Recherches &amp; Solidarités et "
          "Le RAMEAU, elle a été publiée en mars 2017. Le terrain s'était déroulé en mai et "
          "juin 2016 auprès de plus de 1 380 responsables associatifs<super>1</super>."),
        P("À l'époque, une association comptait en moyenne 2,5 partenaires. Le tableau 3 "
          "indique, pour chaque type de partenaire, la part des associations concernées."),
        grid([["Type de partenaire (enquête 2016)", "Part des associations"],
              ["Collectivités", "74 %"],
              ["Autres associations ou fondations", "72 %"],
              ["Établissements d'enseignement", "47 %"],
              ["Entreprises", "28 %"],
              ["Structures d'insertion", "22 %"],
              ["Organismes de recherche", "9 %"]],
             [fw * 0.62, fw * 0.38]),
        P("Tableau 3 — Partenaires cités en 2016 (ensemble des associations, employeuses ou non).", "small"),
        Spacer(1, 6),
        P("L'enquête révélait surtout un effet de taille. Parmi les associations dont le "
          "budget dépasse 150 000 €, la moitié — 50 % — avait un partenariat avec une "
          "entreprise<super>2</super>. Chez les plus petites, celles qui disposent de moins de 10 000 €, "
          "elles n'étaient que 20 %."),
        P("Les deux enquêtes ne portent pas sur la même population : la première inclut les "
          "associations sans salarié, la seconde s'en tient aux employeuses. Les "
          "comparaisons terme à terme doivent donc être faites avec prudence."),
        Spacer(1, 10),
        P("<super>1</super> Questionnaire en ligne auto-administré ; les réponses ont été "
          "redressées selon le secteur d'activité.", "foot"),
        P("<super>2</super> Partenariat avec une entreprise, quelle qu'en soit la forme.", "foot"),
    ]
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 05 — NOTE : repères chiffrés, de ARPEA à IMPACT
# ---------------------------------------------------------------------------
ROMAN = {1: "iii", 2: "iv", 3: "v", 4: "vi", 5: "vii"}


def doc05():
    path = os.path.join(HERE, "obs-s14-05-note-reperes-chiffres.pdf")

    def deco(c, d):
        c.saveState()
        c.setFillColor(GREY)
        c.setFont("DV-I", 8)
        c.drawString(2 * cm, H - 1.2 * cm, "Note de synthèse — diffusion partenaires")
        c.setFont("DV-B", 8)
        c.drawRightString(W - 2 * cm, H - 1.2 * cm, "OBSERVATOIRE DES PARTENARIATS")
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(2 * cm, H - 1.4 * cm, W - 2 * cm, H - 1.4 * cm)
        c.setFont("DV", 8)
        c.drawCentredString(W / 2, 1.1 * cm, "— %s —" % ROMAN[d.page])
        c.setFont("DV", 7)
        c.drawString(2 * cm, 1.1 * cm, "Repères chiffrés")
        c.restoreState()

    doc = make_doc(path, "Note — Repères chiffrés de l'Observatoire", deco,
                   [("main", [full_frame("f")])])
    fw = W - 4 * cm
    story = [
        P("NOTE", "label"),
        P("Quinze ans de mesures : les repères chiffrés de l'Observatoire", "title"),
        P("Note de synthèse établie pour les partenaires — annexe au rapport d'activité", "edition"),
        P("1. Une institution et ses cycles", "h2"),
        P("L'Observatoire des partenariats est né en 2008 à l'initiative de la Caisse des "
          "Dépôts et du RAMEAU. Le MEDEF et le Mouvement associatif se sont associés à la "
          "démarche dès l'origine. Des documents plus anciens situent toutefois sa "
          "naissance un an plus tôt, en 2007, sous le nom d'« Observatoire national des "
          "partenariats associations / entreprises »<super>1</super>."),
        P("Sa direction scientifique est confiée à Anne Robin. Celle-ci, fondatrice du "
          "cabinet COMISIS, exerce ce rôle à titre bénévole."),
        P("Les travaux s'organisent en plans quinquennaux, résumés ci-dessous."),
        grid([["Programme", "Période", "Repère"],
              ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal remis le 11 décembre 2012"],
              ["PHARE", "2013-2018 (2)", "6 volets, des Citoyens (2015) aux Institutions (2016)"],
              ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
             [fw * 0.18, fw * 0.2, fw * 0.62]),
        Spacer(1, 6),
        P("Le sigle ARPEA a connu plusieurs développements au fil des publications ; le "
          "plus courant est « Analyse des Relations et des Partenariats entre Entreprises "
          "et Associations »."),
        Spacer(1, 8),
        P("<super>1</super> Formule employée notamment dans l'étude ARPEA Entreprises &amp; "
          "Territoires de janvier 2011 et dans le rapport quinquennal de décembre 2012.", "foot"),
        P("(2) Certaines présentations arrêtent PHARE en 2017.", "foot"),
        PageBreak(),
        P("2. Le temps d'ARPEA (2008-2012)", "h2"),
        P("Le premier cycle a installé un indicateur d'opinion suivi dans la durée. En 2008, "
          "86 % des Français jugeaient urgent de développer des partenariats entre "
          "associations et entreprises. Quatre ans plus tard, la proportion restait "
          "élevée : 84 % en 2012."),
        P("Côté entreprises, l'étude ARPEA Entreprises &amp; Territoires, parue en janvier "
          "2011, dessinait un paysage contrasté :"),
    ]
    story += bullets([
        "21 % des entreprises développaient déjà des partenariats ;",
        "33 % souhaitaient s'y engager ;",
        "46 % ne le souhaitaient pas.",
    ])
    story += [
        P("Les associations, elles, étaient près de 46 % à déclarer une relation avec au "
          "moins une entreprise — un chiffre qui, par coïncidence, égale la part des "
          "entreprises réticentes."),
        Spacer(1, 4),
        keybox([("86 %", "des Français : urgence des partenariats (2008)"),
                ("84 %", "même question, en 2012"),
                ("21 %", "des entreprises déjà engagées (2011)")], [fw / 3] * 3),
        Spacer(1, 8),
        P("Ce que l'on retient du cycle", "h3"),
        P("ARPEA a surtout démontré qu'il existait une demande sociale forte, antérieure à "
          "l'offre de partenariats. Les cycles suivants se sont attachés à comprendre "
          "comment passer de cette attente à des pratiques."),
        PageBreak(),
        P("3. Le temps de PHARE (2013-2018)", "h2"),
        P("Le volet Citoyens, publié en septembre 2015, repose sur plus de 2 000 personnes "
          "interrogées. Il leur était demandé de noter sur 10 la priorité qu'elles "
          "accordent à plusieurs enjeux de société."),
        grid([["Enjeu", "Priorité (note sur 10)", "Impact jugé fort des partenariats"],
              ["Emploi", "7,1", "49 %"],
              ["Pouvoir d'achat", "6,6", "—"],
              ["Développement économique", "6,5", "46 %"],
              ["Sécurité (*)", "6,6", "—"],
              ["Environnement", "6,3", "42 %"],
              ["Exclusion", "6,3", "—"],
              ["Précarité et éducation", "—", "36 %"]],
             [fw * 0.38, fw * 0.27, fw * 0.35]),
        P("Lecture : l'emploi est à la fois l'enjeu jugé le plus prioritaire et celui sur "
          "lequel les partenariats semblent avoir le plus d'effet.", "small"),
        Spacer(1, 4),
        P("Le même volet indiquait que 69 % des Français ressentent un « devoir "
          "d'alliance ». Les autres volets de PHARE ont donné, pour d'autres publics, des "
          "niveaux encore supérieurs : 81 % des dirigeants d'entreprise, 86 % des "
          "responsables associatifs et, dans PHARE-Institutions, 87 % des maires."),
        P("Une note datée du 29 février 2016 complétait ce panorama. Elle estimait que 37 % "
          "des entreprises d'au moins 10 salariés étaient engagées dans des partenariats. "
          "Pour les associations, la part était de 38 % ; elle montait à 53 % parmi celles "
          "qui emploient des salariés."),
        Spacer(1, 6),
        P("(*) Une autre restitution de la même enquête attribue à la sécurité "
          "une note de 7/10.", "foot"),
        PageBreak(),
        P("4. Le temps d'IMPACT (2018-2022)", "h2"),
        P("Le troisième cycle s'est intéressé aux effets des alliances. Parmi ses "
          "publications, l'étude IMPACT Fondations &amp; Territoires a été rendue publique "
          "un 23 septembre. Elle s'appuie sur l'interrogation de 42 fondations."),
        P("À la sortie de la crise sanitaire, l'Observatoire a par ailleurs inventorié plus "
          "de 250 données utiles à l'action. Deux chiffres y ressortent : 81 % des Français "
          "et 84 % des dirigeants de TPE et PME jugent la co-construction utile pour "
          "rebondir collectivement."),
        P("Les trois publics, enfin, ont été interrogés sur leur rapport à l'alliance. Le "
          "tableau ci-dessous met leurs réponses côte à côte."),
        grid([["Public", "Formulation retenue", "Part"],
              ["Français", "« devoir d'alliance »", "81 %"],
              ["Maires", "« besoin d'alliance »", "92 %"],
              ["Dirigeants d'entreprise", "« envie d'alliance »", "84 %"]],
             [fw * 0.3, fw * 0.45, fw * 0.25]),
        Spacer(1, 6),
        P("Entre 2015 et cette dernière mesure, la part des Français qui évoquent un devoir "
          "d'alliance est donc passée de 69 % à 81 %."),
        P("Pour mémoire", "h3"),
        P("Le RAMEAU, co-fondateur de l'Observatoire, indique avoir conduit des "
          "expérimentations auprès de plus de 500 organisations depuis 2006."),
    ]
    doc.build(story)
    return path


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
