# -*- coding: utf-8 -*-
"""Corpus fictif notes-s115 : cinq PDF « à la manière » des publications de l'Observatoire des partenariats.

Usage : /work/main/.venv/bin/python make_docs.py
Écrit les PDF dans le dossier de ce script. Sortie déterministe (rl_config.invariant = 1,
métadonnées vides) : deux exécutions donnent des fichiers identiques octet pour octet.
Tous les organismes, personnes, lieux et chiffres sont inventés, sauf les faits repris de
/work/shared/facts.md (voir README.md).
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
NB = "\u00a0"  # espace insécable (sortie pypdf : blanc, replié en espace simple)


def t(s):
    """'~' -> espace insécable (milliers, « % », « € »)."""
    return s.replace("~", NB)


# ---------------------------------------------------------------- styles
def S(name, **kw):
    base = dict(fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = S("body")
BODY_J = S("bodyj", alignment=4)
SMALL = S("small", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))
TITLE = S("title", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8)
H2 = S("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=5,
       textColor=colors.HexColor("#1f4e5f"))
H3 = S("h3", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=3, spaceAfter=2)
CELL = S("cell", fontSize=8.5, leading=10.5, spaceAfter=0)
CELL_B = S("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, spaceAfter=0)
CELL_R = S("cellr", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT)
CELL_RB = S("cellrb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, spaceAfter=0,
            alignment=TA_RIGHT)
QUOTE = S("quote", fontName="Times-Italic", fontSize=11, leading=14, leftIndent=12, spaceAfter=2,
          textColor=colors.HexColor("#3a3a3a"))
QUOTE_SRC = S("quotesrc", fontSize=7.5, leading=9, leftIndent=12, spaceAfter=8,
              textColor=colors.HexColor("#666666"))


def P(s, st=BODY):
    return Paragraph(t(s), st)


def tbl(rows, widths, style_cmds, hdr=True):
    data = []
    for r in rows:
        data.append([c if not isinstance(c, str) else Paragraph(t(c), CELL) for c in r])
    tb = Table(data, colWidths=widths)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if hdr:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9ec")))
    tb.setStyle(TableStyle(cmds + style_cmds))
    return tb


def box(flowables, width, bg="#f3efe4", border="#b59d5b"):
    tb = Table([[flowables]], colWidths=[width])
    tb.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return tb


def R(s, bold=False):
    return Paragraph(t(s), CELL_RB if bold else CELL_R)


def B(s):
    return Paragraph(t(s), CELL_B)


def build(fname, story, templates):
    doc = BaseDocTemplate(
        os.path.join(HERE, fname), pagesize=A4, pageTemplates=templates,
        title="", author="", subject="", creator="", producer="", keywords="",
        invariant=1, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
    )
    doc.build(story)


def frame_full(top=22 * mm, bottom=20 * mm, fid="full"):
    return Frame(18 * mm, bottom, W - 36 * mm, H - top - bottom, id=fid, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)


def frames_two(top=22 * mm, bottom=20 * mm, gap=8 * mm, split=0.5, prefix="c"):
    inner = W - 36 * mm - gap
    w1 = inner * split
    w2 = inner - w1
    h = H - top - bottom
    return [
        Frame(18 * mm, bottom, w1, h, id=prefix + "1", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
        Frame(18 * mm + w1 + gap, bottom, w2, h, id=prefix + "2", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
    ]


# =================================================================== 01 lettre
def doc1():
    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(colors.HexColor("#2e6b4f"))
        c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(18 * mm, H - 10.5 * mm, "FIL D'ALLIANCES")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 18 * mm, H - 10.5 * mm,
                          t("La lettre du réseau Associations en Bocage · n°~42 · mars 2025"))
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 10 * mm,
                     t("Réseau Associations en Bocage · 12, rue des Tanneurs · 53~420 Ormeau-sur-Loire · "
                       "tél. 02~43~71~18~90"))
        c.drawRightString(W - 18 * mm, 10 * mm, "page %d/3" % n)
        c.restoreState()

    top = 24 * mm
    p1_frames = [Frame(18 * mm, H - top - 50 * mm, W - 36 * mm, 50 * mm, id="top", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)]
    p1_frames += frames_two(top=top + 54 * mm, bottom=18 * mm, prefix="p1c")
    tpl1 = PageTemplate(id="une", frames=p1_frames, onPage=deco)
    tpl2 = PageTemplate(id="simple", frames=[frame_full(top=top, bottom=18 * mm)], onPage=deco)
    tpl3 = PageTemplate(id="deux", frames=frames_two(top=top, bottom=18 * mm, split=0.56, prefix="p3c"),
                        onPage=deco)

    big = S("big", fontName="Helvetica-Bold", fontSize=46, leading=50, alignment=TA_CENTER,
            textColor=colors.HexColor("#2e6b4f"), spaceAfter=6)
    kicker = S("kicker", fontName="Helvetica-Bold", fontSize=9, leading=11, alignment=TA_CENTER,
               textColor=colors.HexColor("#7a5c1e"), spaceAfter=4)
    cap = S("cap", fontSize=10.5, leading=13.5, alignment=TA_CENTER)
    brief_t = S("brieft", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=1,
                textColor=colors.HexColor("#2e6b4f"))

    st = []
    st.append(box([
        P("LE CHIFFRE DU MOIS", kicker),
        P("68~%", big),
        P("des associations adhérentes ayant répondu à notre enquête<super>1</super> ont conclu au moins un "
          "partenariat avec une entreprise en 2024, contre 61~% un an plus tôt.", cap),
    ], W - 36 * mm))
    st.append(FrameBreak())
    st.append(P("BRÈVES", H2))
    st.append(P("Baromètre des adhérents", brief_t))
    st.append(P("Notre baromètre annuel, dont sont tirés les chiffres de cette lettre, paraîtra le 14 avril. "
                "147 structures y ont répondu, soit plus des deux tiers du réseau.", BODY_J))
    st.append(P("Droit de l'alliance", brief_t))
    st.append(P("La proposition de loi portée par la députée Cathy Racon-Bouzon s'appuie sur trois constats "
                "chiffrés : 81~% des Français ressentent un « devoir d'alliance », 92~% des maires un « besoin "
                "d'alliance » et 84~% des dirigeants d'entreprise une « envie d'alliance ».", BODY_J))
    st.append(FrameBreak())
    st.append(Spacer(1, 22))
    st.append(P("Fonds ODD 17", brief_t))
    st.append(P("Co-créé en 2020<super>2</super> par Le RAMEAU et la Fondation TotalEnergies, le fonds dispose "
                "d'une dotation de 1,5~M€ pour une expérimentation sur 3~ans. Il s'appuie sur 350 « catalyseurs "
                "territoriaux », dont plusieurs de nos adhérents.", BODY_J))
    st.append(P("Rappel", brief_t))
    st.append(P("Les inscriptions aux rencontres du printemps ouvrent en même temps que la parution du "
                "baromètre ; l'agenda complet figure en page 2.", BODY_J))
    st.append(Spacer(1, 16))
    st.append(P("1. Enquête « Partenariats 2024 » menée du 6 au 24 janvier 2025 auprès des adhérents du "
                "réseau ; 147 répondants.", SMALL))
    st.append(P("2. Voir notre lettre n°~27 (octobre 2021).", SMALL))
    st.append(NextPageTemplate("simple"))
    st.append(PageBreak())

    # ---- page 2 : agenda + portrait
    st.append(P("AGENDA DU PRINTEMPS", H2))
    agenda = [
        ("Jeudi 3 avril 2025, 18~h~30", "Ormeau-sur-Loire : assemblée générale et 4<super>e</super> remise des "
         "Trophées de l'alliance (12 lauréats l'an dernier)."),
        ("Mardi 15 avril", "Webinaire « L'ODD 17 en pratique », 5<super>e</super> session, 90 places ; "
         "inscriptions au 02~43~71~18~90."),
        ("Du 12 au 16 mai", "Semaine des alliances : 25 rencontres dans 9 communes de moins de 3~500 "
         "habitants."),
        ("Samedi 14 juin", "Portes ouvertes de la Maison des associations, 32 stands attendus."),
    ]
    rows = [[B(d), Paragraph(t(x), CELL)] for d, x in agenda]
    ag = Table(rows, colWidths=[42 * mm, W - 36 * mm - 42 * mm])
    ag.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fbfae")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    st.append(ag)
    st.append(Spacer(1, 14))
    st.append(P("PORTRAIT D'ADHÉRENT", H2))
    st.append(P("La Ressourcerie du Pré-Vert, adhérente depuis 2016", H3))
    st.append(box([
        P("Créée en 2011 à Saint-Aulne, la Ressourcerie du Pré-Vert emploie 14 salariés en insertion et "
          "s'appuie sur 60 bénévoles. Son budget de 2024 atteint 820~000~€, dont 38~% de recettes propres. "
          "Trois entreprises du territoire la soutiennent, dont une depuis 2013.", BODY_J),
        P("Atelier de réparation, boutique solidaire et collecte à domicile : la structure a ouvert un second "
          "site l'an dernier, à la demande de la communauté de communes.", BODY_J),
    ], W - 36 * mm, bg="#eef5f0", border="#2e6b4f"))
    st.append(Spacer(1, 8))
    st.append(P("<i>Suite du portrait en page 3.</i>", SMALL))
    st.append(NextPageTemplate("deux"))
    st.append(PageBreak())

    # ---- page 3 : portrait (suite), chiffres clés, mot du président (2 colonnes)
    st.append(P("PORTRAIT (SUITE)", H2))
    st.append(P("« Nos partenaires nous ont permis de passer de 6 à 14 postes en insertion en cinq ans », "
                "résume sa directrice, Odile Ferrand. Le prochain chantier : un atelier vélo, avec le soutien "
                "d'un garage voisin.", BODY_J))
    st.append(Spacer(1, 6))
    kf = Table([
        [B("Le Pré-Vert en chiffres (2024)"), ""],
        [Paragraph("Salariés en insertion", CELL), R("14")],
        [Paragraph("Bénévoles", CELL), R("60")],
        [Paragraph("Taux de sortie positive", CELL), R("57~%")],
        [Paragraph("Objets remis en circulation", CELL), R("41~000")],
        [Paragraph("Adhérente du réseau depuis", CELL), R("2016")],
    ], colWidths=[58 * mm, 26 * mm])
    kf.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5f0")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2e6b4f")),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#9fbfae")),
    ]))
    st.append(kf)
    st.append(FrameBreak())
    st.append(P("LE MOT DU PRÉSIDENT", H2))
    st.append(P("Nous étions 97 adhérents à la parution de la première lettre, en 2015 ; ils sont 212 "
                "aujourd'hui, dont 9 arrivés depuis janvier.", BODY_J))
    st.append(P("En 2019, notre première enquête ne trouvait que 23~% d'adhérents partenaires d'une entreprise "
                "(lettre n°~18) : le chemin parcouru est considérable.", BODY_J))
    st.append(P("Rendez-vous le 3 avril pour en parler ensemble.", BODY_J))
    st.append(P("<i>Bernard Lhomme, président</i>", BODY))
    st.append(Spacer(1, 20))
    st.append(P("Directrice de la publication : Hélène Marchais · ISSN 2491-3380 · Fil d'alliances n°~42, "
                "mars 2025.", SMALL))
    build("obs-s115-01-lettre-reseau.pdf", st, [tpl1, tpl2, tpl3])


# =================================================================== 02 comptes
def doc2():
    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(18 * mm, H - 12 * mm, "Fondation Terres Communes · Rapport annuel 2024")
        c.drawRightString(W - 18 * mm, H - 12 * mm, "Comptes annuels")
        c.setStrokeColor(colors.HexColor("#8c2f39"))
        c.setLineWidth(0.8)
        c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(W / 2, 11 * mm, str(33 + n))
        c.restoreState()

    tpl = PageTemplate(id="p", frames=[frame_full()], onPage=deco)
    wd = W - 36 * mm
    st = []
    st.append(P("Comptes annuels de l'exercice 2024", TITLE))
    st.append(P("Exercice clos le 31 décembre 2024. Comptes arrêtés par le conseil d'administration du "
                "12 mai 2025.", SMALL))
    st.append(P("Fondation abritante reconnue d'utilité publique par décret du 4 mars 2016, la Fondation "
                "Terres Communes clôt en 2024 son 9<super>e</super> exercice.", BODY_J))
    st.append(P("Tableau des emplois (en k€)", H2))
    rows = [
        [B("Emplois"), B("Note"), R("N (2024)", True), R("N-1 (2023)", True)],
        ["Missions sociales", "3.1", R("4~812"), R("4~305")],
        ["Frais de recherche de fonds", "3.2", R("286"), R("301")],
        ["Frais de fonctionnement", "3.3", R("540"), R("512")],
        ["Dotations aux provisions et dépréciations", "", R("75"), R("40")],
        [B("Total des emplois"), "", R("5~713", True), R("5~158", True)],
    ]
    st.append(tbl(rows, [wd * 0.52, wd * 0.12, wd * 0.18, wd * 0.18], [
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    st.append(Spacer(1, 8))
    st.append(P("Les missions sociales représentent 84~% des emplois, contre 83~% en N-1. Leur progression "
                "tient surtout aux versements des fondations abritées (voir la note 3.1, page 36).", BODY_J))
    st.append(P("Les frais de recherche de fonds reculent grâce à une campagne de fin d'année plus ciblée ; "
                "les frais de fonctionnement suivent l'évolution de la masse salariale.", BODY_J))
    st.append(PageBreak())

    # ---- page 2 : ressources
    st.append(P("Tableau des ressources (en k€)", H2))
    rows = [
        [B("Ressources"), B("Note"), R("N (2024)", True), R("N-1 (2023)", True)],
        ["Produits de la générosité du public", "4.1", R("1~920"), R("1~744")],
        ["Mécénat d'entreprises", "4.2", R("2~460"), R("2~150")],
        ["Subventions publiques", "", R("610"), R("655")],
        ["Produits financiers de la dotation", "5", R("495"), R("380")],
        [B("Total des ressources"), "", R("5~485", True), R("4~929", True)],
    ]
    st.append(tbl(rows, [wd * 0.52, wd * 0.12, wd * 0.18, wd * 0.18], [
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    st.append(Spacer(1, 8))
    st.append(P("Le résultat de l'exercice est un déficit de 228~k€, proche de celui de N-1 (229~k€) ; il est "
                "imputé sur le report à nouveau, conformément à la décision du conseil.", BODY_J))
    st.append(P("Les ressources sont présentées selon le règlement ANC n°~2018-06 relatif aux comptes annuels "
                "des personnes morales de droit privé à but non lucratif.", SMALL))
    st.append(PageBreak())

    # ---- page 3 : notes annexes
    st.append(P("Notes annexes", H2))
    st.append(P("<b>Note 3.1 — Missions sociales.</b> Les 4~812~k€ de missions sociales se répartissent entre "
                "les 17 fondations abritées (3~590~k€) et les programmes propres de la fondation (1~222~k€). "
                "Le programme « Alliances en territoire » a soutenu 64 projets, dont 23 dans des communes de "
                "moins de 3~500 habitants.", BODY_J))
    st.append(P("<b>Note 3.2 — Frais de recherche de fonds.</b> Ils couvrent la campagne de fin d'année "
                "(2 envois postaux, 18~400 donateurs sollicités) et la plateforme de dons en ligne.", BODY_J))
    st.append(P("<b>Note 4.2 — Mécénat d'entreprises.</b> La fondation compte 41 entreprises mécènes, contre "
                "36 en N-1 ; trois d'entre elles apportent à elles seules 52~% du montant.", BODY_J))
    st.append(P("<b>Note 4.3 — Contributions volontaires en nature.</b> Elles sont valorisées en pied de compte "
                "de résultat et détaillées dans le rapport d'activité.", BODY_J))
    st.append(PageBreak())

    # ---- page 4 : engagements
    st.append(P("Engagements pluriannuels (hors bilan)", H2))
    st.append(P("Au 31 décembre 2024, la fondation est engagée à verser 1~350~k€ sur 2025-2027 au titre de "
                "12 conventions pluriannuelles en cours.", BODY_J))
    rows = [
        [B("Échéancier (k€)"), R("2025", True), R("2026", True), R("2027", True), R("Total", True)],
        ["Engagements signés", R("620"), R("480"), R("250"), R("1~350", True)],
    ]
    st.append(tbl(rows, [wd * 0.36, wd * 0.16, wd * 0.16, wd * 0.16, wd * 0.16], []))
    st.append(Spacer(1, 10))
    st.append(P("<b>Note 5 — Dotation.</b> La dotation atteint 12,4 millions d'euros fin 2024 (11,9~M€ un an "
                "plus tôt) et a rapporté 4,0~% sur l'exercice.", BODY_J))
    st.append(P("<b>Fonds abrités.</b> Conformément à l'article 20 de la loi n°~87-571 du 23 juillet 1987, les "
                "fonds abrités n'ont pas de personnalité morale. Le fonds Vasseur, créé en 2019, a reçu cette "
                "année un legs de deux cent mille euros.", BODY_J))
    st.append(P("<b>Effectif.</b> 11 salariés au 31 décembre 2024, soit 10,2 équivalents temps plein.", BODY_J))
    build("obs-s115-02-comptes-fondation.pdf", st, [tpl])


# =================================================================== 03 consultation
def doc3():
    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        if n == 1:
            c.setFillColor(colors.HexColor("#5b3a8c"))
            c.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.HexColor("#5b3a8c"))
            c.drawString(18 * mm, H - 12 * mm, "Faire alliance dans mon territoire · synthèse de la consultation")
            c.drawRightString(W - 18 * mm, 11 * mm, str(n - 1))
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(18 * mm, 11 * mm, t("Mission participation du Val-d'Ormeau · 02~41~55~30~00 · "
                                             "synthèse publiée en février 2025"))
        c.restoreState()

    cover = PageTemplate(id="cover", frames=[frame_full(top=18 * mm)], onPage=deco)
    body = PageTemplate(id="body", frames=[frame_full()], onPage=deco)
    wd = W - 36 * mm
    white_t = S("wt", fontName="Helvetica-Bold", fontSize=24, leading=28, textColor=colors.white, spaceAfter=6)
    white_s = S("ws", fontSize=11, leading=14, textColor=colors.white, spaceAfter=3)
    kfig = S("kfig", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=colors.HexColor("#5b3a8c"),
             spaceAfter=5)
    st = []
    st.append(P("Faire alliance dans mon territoire", white_t))
    st.append(P("Synthèse de la consultation citoyenne en ligne", white_s))
    st.append(P("Département du Val-d'Ormeau · consultation ouverte du 2 septembre au 31 octobre 2024 · "
                "synthèse publiée en février 2025", white_s))
    st.append(Spacer(1, 80))
    st.append(box([
        P("EN BREF", H3),
        P("3~418 participants", kfig),
        P("5~902 contributions, dont 4~310 propositions et 1~592 commentaires", kfig),
        P("9 réunions publiques en complément, 412 personnes", kfig),
    ], wd, bg="#f1ecf7", border="#5b3a8c"))
    st.append(Spacer(1, 12))
    st.append(P("Près de deux participants sur trois (64~%) vivent dans une commune de moins de 3~500 habitants. "
                "Chaque contribution a été lue et codée par deux analystes.", BODY_J))
    st.append(P("La plateforme a été ouverte à toute personne habitant, travaillant ou s'engageant dans le "
                "département. Les pages qui suivent présentent le profil des participants, puis les réponses "
                "aux deux questions ouvertes.", BODY_J))
    st.append(NextPageTemplate("body"))
    st.append(PageBreak())

    # ---- page 2 (imprimée 1) : profil
    st.append(P("1. Qui a participé ?", H2))
    rows = [[B("Profil des 3~418 participants (en~%)"), R("", True)],
            ["Femmes", R("54")], ["Moins de 30 ans", R("12")], ["De 30 à 59 ans", R("57")],
            ["60 ans et plus", R("31")], ["Membres d'une association", R("47")], ["Élus locaux", R("6")]]
    st.append(tbl(rows, [wd * 0.5, wd * 0.15], []))
    st.append(Spacer(1, 8))
    st.append(P("Les femmes sont majoritaires parmi les participants (54~%) ; chez les élus locaux, en revanche, "
                "71~% des contributeurs sont des hommes.", BODY_J))
    st.append(P("Les participants sont plus âgés que la population du département : les 60 ans et plus n'y "
                "représentent que 27~% des habitants (recensement de 2021).", BODY_J))
    st.append(P("Un participant sur cinq a contribué depuis un téléphone mobile.", BODY_J))
    st.append(PageBreak())

    # ---- page 3 (imprimée 2) : freins
    st.append(P("2. Ce qui freine les alliances", H2))
    st.append(P("Question ouverte n°~1 : « Selon vous, qu'est-ce qui freine les alliances entre associations, "
                "entreprises et collectivités ? » (2~716 répondants).", BODY_J))
    rows = [[B("Thème"), R("Part des répondants citant le thème", True)],
            ["Manque de temps des bénévoles", R("38~%")], ["Méconnaissance mutuelle", R("33~%")],
            ["Financements trop courts", R("29~%")], ["Lourdeurs administratives", R("24~%")],
            ["Absence de lieu de rencontre", R("11~%")]]
    st.append(tbl(rows, [wd * 0.5, wd * 0.3], []))
    st.append(P("Total supérieur à 100~% : une réponse peut relever de plusieurs thèmes.", SMALL))
    st.append(P("Les thèmes ont été construits à partir d'un échantillon de 400 contributions, puis appliqués "
                "à l'ensemble.", BODY_J))
    st.append(P("Les moins de 30 ans citent d'abord l'absence de lieu de rencontre : ils sont 19~% à l'évoquer, "
                "soit 8 points de plus que l'ensemble des répondants.", BODY_J))
    st.append(Spacer(1, 4))
    st.append(P("« On se croise au marché, jamais autour d'une table. »", QUOTE))
    st.append(P("Contribution n°~212, commune de la vallée", QUOTE_SRC))
    st.append(P("« Dans notre club de foot, trois bénévoles font tout pour 140 licenciés. »", QUOTE))
    st.append(P("Contribution n°~1~482, commune de moins de 1~000 habitants", QUOTE_SRC))
    st.append(PageBreak())

    # ---- page 4 (imprimée 3) : propositions
    st.append(P("3. Ce que proposent les participants", H2))
    st.append(P("Question ouverte n°~2 : « Quelle action prioritaire pour faire alliance ? » (2~204 répondants, "
                "un seul thème codé par réponse).", BODY_J))
    rows = [[B("Action prioritaire"), R("Part des répondants", True)],
            ["Un lieu ou un temps de rencontre régulier", R("41~%")],
            ["Un guichet unique d'information", R("27~%")],
            ["Des financements pluriannuels", R("22~%")], ["Autres propositions", R("10~%")]]
    st.append(tbl(rows, [wd * 0.5, wd * 0.3], []))
    st.append(Spacer(1, 6))
    st.append(P("« Trois ans de financement au lieu d'un, et tout change. »", QUOTE))
    st.append(P("Contribution n°~3~051, responsable associative", QUOTE_SRC))
    st.append(P("Rappel : en 2021, la première consultation avait réuni 1~106 participants et 2~340 "
                "contributions.", BODY_J))
    st.append(P("Suites : le Département répondra d'ici juin 2025 aux 20 propositions les plus soutenues ; la "
                "première d'entre elles a recueilli 812 votes.", BODY_J))
    build("obs-s115-03-consultation-citoyenne.pdf", st, [cover, body])


# =================================================================== 04 fiche territoire
def doc4():
    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(colors.HexColor("#c9682b"))
        c.rect(18 * mm, H - 15 * mm, 4 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(24 * mm, H - 13.5 * mm, t("FICHE TERRITOIRE n°~12 · Val-d'Ormeau"))
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 18 * mm, H - 13.5 * mm, "Observatoire régional de la vie associative (ORVA)")
        c.drawString(18 * mm, 11 * mm, "Édition de janvier 2025")
        c.drawRightString(W - 18 * mm, 11 * mm, "%d/3" % n)
        c.restoreState()

    one = PageTemplate(id="one", frames=[frame_full()], onPage=deco)
    two_fr = [Frame(18 * mm, H - 22 * mm - 9 * mm, W - 36 * mm, 9 * mm, id="t3", leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0)]
    two_fr += frames_two(top=22 * mm + 10 * mm, bottom=20 * mm, prefix="f4")
    two = PageTemplate(id="two", frames=two_fr, onPage=deco)
    wd = W - 36 * mm
    widths = [wd * 0.34, wd * 0.14, wd * 0.10, wd * 0.10, wd * 0.10, wd * 0.22]
    hdr = [B("Indicateur"), R("Val-d'Ormeau", True), R("Région", True), R("France", True), R("Année", True),
           B("Source")]
    st = []
    st.append(P("Val-d'Ormeau : la vie associative en chiffres", TITLE))
    st.append(P("Le Val-d'Ormeau compte 318~400 habitants répartis dans 247 communes, dont 212 de moins de "
                "3~500 habitants (population légale 2022).", BODY_J))
    st.append(P("Tissu associatif", H2))
    st.append(tbl([hdr,
                   ["Associations pour 1~000 habitants", R("24,1"), R("22,6"), R("23,3"), R("2023"),
                    "Répertoire départemental"],
                   ["Part des associations employeuses", R("11,8~%"), R("12,4~%"), R("12,1~%"), R("2022"),
                    "Enquête emploi ORVA"],
                   ["Part des associations ayant au moins un partenariat avec une entreprise", R("31~%"),
                    R("29~%"), R("28~%"), R("2024"), "Baromètre ORVA"]],
                  widths, []))
    st.append(Spacer(1, 8))
    st.append(P("Les années diffèrent selon les lignes : chaque indicateur est donné pour la dernière année "
                "disponible dans sa source. Les valeurs régionales et nationales sont calculées sur le même "
                "champ que la valeur départementale.", SMALL))
    st.append(PageBreak())

    st.append(P("Collectivités et entreprises", H2))
    st.append(tbl([hdr,
                   ["Communes ayant signé une convention avec une association(1)", R("38~%"), R("35~%"),
                    R("n.d.(2)"), R("2023"), "Enquête auprès des maires"],
                   ["Entreprises de 10 salariés ou plus pratiquant le mécénat", R("19~%"), R("21~%"),
                    R("23~%"), R("2022"), "CCI régionale"],
                   ["Taux de chômage (au sens du BIT)", R("6,9~%"), R("7,2~%"), R("7,3~%"), R("T3 2024"),
                    "Insee"]],
                  widths, []))
    st.append(Spacer(1, 8))
    st.append(P("(1) Lecture : en 2023, 38~% des communes du Val-d'Ormeau, soit 94 communes, avaient signé au "
                "moins une convention avec une association, contre 35~% dans la région.", SMALL))
    st.append(P("(2) n.d. : non disponible pour la France entière.", SMALL))
    st.append(P("(3) La fiche de 2019 (édition n°~7) donnait 31~% pour le département : la progression est "
                "donc de 7 points.", SMALL))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())

    st.append(P("Zoom : les alliances dans le département", H2))
    st.append(FrameBreak())
    st.append(P("Le baromètre de l'ORVA a interrogé 526 associations du département du 7 au 30 mai 2024 ; ses "
                "résultats ont été publiés en octobre 2024.", BODY_J))
    st.append(P("Parmi elles, 31~% ont un partenariat avec une entreprise (voir page 1) et 72~% avec leur "
                "commune.", BODY_J))
    st.append(P("Parmi les associations partenaires d'une entreprise, 61~% citent le mécénat et 27~% "
                "l'innovation sociale.", BODY_J))
    st.append(FrameBreak())
    st.append(P("À l'échelle nationale, l'étude Associations &amp; Partenariats (enquête de mai-juin 2016, "
                "publiée en mars 2017) comptait 28~% d'associations partenaires d'une entreprise, avec 2,5 "
                "partenaires en moyenne.", BODY_J))
    st.append(Spacer(1, 6))
    st.append(box([
        P("À RETENIR", H3),
        P("24,1 associations pour 1~000 habitants, contre 23,3 en France.", BODY),
        P("Près de quatre communes sur dix (38~%) liées à une association par convention.", BODY),
    ], (W - 36 * mm - 8 * mm) / 2, bg="#fbeee4", border="#c9682b"))
    build("obs-s115-04-fiche-territoire.pdf", st, [one, two])


# =================================================================== 05 carte
CLASSES = [("moins de 30~%", "#f2e6c9"), ("de 30 à moins de 35~%", "#e3c27a"),
           ("de 35 à moins de 40~%", "#c98d2e"), ("40~% et plus", "#8a5310")]


def klass(v):
    return 0 if v < 30 else 1 if v < 35 else 2 if v < 40 else 3


def doc5():
    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(18 * mm, H - 12 * mm, "Atlas des alliances · édition de janvier 2025")
        c.drawString(18 * mm, 11 * mm, "Atlas des alliances 2025")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 18 * mm, 11 * mm, str(17 + n))
        c.restoreState()

    tpl = PageTemplate(id="p", frames=[frame_full()], onPage=deco)
    wd = W - 36 * mm

    def region_table(items, star=None):
        rows = []
        cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for i, (name, v, suffix) in enumerate(items):
            rows.append(["", Paragraph(t(name), CELL), R("%d~%%%s" % (v, suffix))])
            cmds.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(CLASSES[klass(v)][1])))
        tb = Table(rows, colWidths=[6 * mm, 60 * mm, 20 * mm])
        tb.setStyle(TableStyle(cmds))
        return tb

    def two_cols(left, right):
        tb = Table([[left, right]], colWidths=[wd / 2, wd / 2])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return tb

    st = []
    st.append(P("Carte 4 — Part des associations employeuses ayant au moins un partenariat avec une "
                "entreprise, par région (2024)", TITLE))
    st.append(P("Source : enquête nationale Liens &amp; Territoires 2024, 4~812 associations employeuses "
                "répondantes. Champ : France métropolitaine.", BODY_J))
    leg = Table([["", Paragraph(t("classe %s : %s" % ("ABCD"[i], lab)), CELL)]
                 for i, (lab, col) in enumerate(CLASSES)], colWidths=[6 * mm, 60 * mm], hAlign="LEFT")
    leg.setStyle(TableStyle([("BACKGROUND", (0, i), (0, i), colors.HexColor(col))
                             for i, (lab, col) in enumerate(CLASSES)] +
                            [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    st.append(P("Légende (classes)", H3))
    st.append(leg)
    st.append(Spacer(1, 8))
    st.append(P("Régions du nord et du centre", H2))
    north = [("Hauts-de-France", 33, ""), ("Normandie", 38, ""), ("Île-de-France", 29, ""),
             ("Grand Est", 35, ""), ("Bretagne", 42, ""), ("Pays de la Loire", 41, ""),
             ("Centre-Val de Loire", 34, ""), ("Bourgogne-Franche-Comté", 37, "")]
    st.append(two_cols(region_table(north[:4]), region_table(north[4:])))
    st.append(Spacer(1, 10))
    st.append(box([P("<b>Moyenne nationale : 36~%</b> (34~% dans l'édition 2022 de l'Atlas)", BODY)],
                  wd, bg="#f7f1e3", border="#8a5310"))
    st.append(PageBreak())

    st.append(P("Régions du sud et Corse", H2))
    south = [("Auvergne-Rhône-Alpes", 39, ""), ("Nouvelle-Aquitaine", 36, ""), ("Occitanie", 31, ""),
             ("Provence-Alpes-Côte d'Azur", 27, ""), ("Corse", 22, "*")]
    st.append(two_cols(region_table(south[:3]), region_table(south[3:])))
    st.append(P("* Moins de 100 répondants : valeur fragile. Outre-mer : non cartographié (effectifs "
                "insuffisants).", SMALL))
    st.append(Spacer(1, 8))
    st.append(box([
        P("LES EXTRÊMES", H3),
        P("En tête : Bretagne, 42~%.", BODY),
        P("En dernier : Corse, 22~%.", BODY),
        P("Écart entre les deux : 20 points.", BODY),
    ], wd * 0.6, bg="#f7f1e3", border="#8a5310"))
    st.append(Spacer(1, 8))
    st.append(P("La moyenne nationale (36~%) est pondérée par le nombre d'associations employeuses de chaque "
                "région ; la moyenne simple des 13 régions serait de 34,2~%.", BODY_J))
    st.append(PageBreak())

    st.append(P("Lire la carte", H2))
    st.append(P("Répartition : trois régions se situent sous 30~%, trois entre 30 et 35~%, cinq entre 35 et "
                "40~% et deux à 40~% ou plus.", BODY_J))
    # petit graphique : nombre de régions par classe (graduations seulement)
    dw, dh = 120 * mm, 42 * mm
    dr = Drawing(dw, dh)
    x0, y0, bw = 14 * mm, 8 * mm, 18 * mm
    scale = 5 * mm
    for g in range(0, 7):
        y = y0 + g * scale
        dr.add(Line(x0 - 2, y, x0 + 4 * (bw + 6 * mm), y, strokeColor=colors.HexColor("#dddddd"),
                    strokeWidth=0.4))
        dr.add(String(x0 - 5, y - 2.5, str(g), fontName="Helvetica", fontSize=7, textAnchor="end"))
    for i, (n, (lab, col)) in enumerate(zip([3, 3, 5, 2], CLASSES)):
        x = x0 + 4 * mm + i * (bw + 6 * mm)
        dr.add(Rect(x, y0, bw, n * scale, fillColor=colors.HexColor(col), strokeColor=None))
        dr.add(String(x + bw / 2, y0 - 8, "classe %s" % "ABCD"[i], fontName="Helvetica", fontSize=6.5,
                      textAnchor="middle"))
    st.append(P("Nombre de régions par classe", H3))
    st.append(dr)
    st.append(Spacer(1, 8))
    st.append(P("Méthode : questionnaire en ligne du 4 mars au 17 mai 2024 ; 4~812 réponses exploitables, dont "
                "61 en Corse. Les résultats sont redressés sur les 148~000 associations employeuses recensées "
                "par le programme IMPACT (2018-2022).", BODY_J))
    st.append(P("Précision : ± 1,4 point au niveau national, jusqu'à ± 6 points dans les régions les moins "
                "représentées.", BODY_J))
    st.append(P("Édition précédente : en 2022, la carte 3 de l'Atlas (p. 14) plaçait déjà la Bretagne en tête, "
                "avec 40~%.", BODY_J))
    build("obs-s115-05-carte-regions.pdf", st, [tpl])


if __name__ == "__main__":
    doc1()
    doc2()
    doc3()
    doc4()
    doc5()
    print("ok")
