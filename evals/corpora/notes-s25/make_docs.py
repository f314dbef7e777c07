# -*- coding: utf-8 -*-
"""Deterministic generator of the five s25 demo PDFs (blind question set).

Run with:  /work/main/.venv/bin/python make_docs.py
Writes obs-s25-NN-<slug>.pdf next to this script.  Facts come from
/work/shared/facts.md; the wording is original.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, PageBreak, FrameBreak,
                                NextPageTemplate, KeepTogether)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- fonts
for name, fn in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                 ("DVI", "DejaVuSans-Oblique.ttf"), ("DVBI", "DejaVuSans-BoldOblique.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
                 ("DVSI", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB")
addMapping("DVS", 0, 1, "DVSI"); addMapping("DVS", 1, 1, "DVSB")
addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVCB")
addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVCB")

# ---------------------------------------------------------------- styles
def S(name, font="DV", size=9.5, lead=None, color=colors.black, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=lead or size * 1.32, textColor=color,
                          alignment=align, **kw)

BODY = S("body", size=9.6, spaceAfter=5)
BODY_S = S("bodys", font="DVS", size=9.8, spaceAfter=5)
SMALL = S("small", size=7.4, lead=9.2, color=colors.HexColor("#333333"), spaceAfter=2)
LABEL = S("label", font="DVB", size=8.5, color=colors.HexColor("#8a1c2b"), spaceAfter=2)
TITLE = S("title", font="DVB", size=18, lead=22, spaceAfter=4)
TITLE_S = S("titles", font="DVSB", size=19, lead=23, spaceAfter=4)
EDITION = S("edition", font="DVI", size=8.6, color=colors.HexColor("#555555"), spaceAfter=8)
H2 = S("h2", font="DVB", size=11.2, lead=14, spaceBefore=5, spaceAfter=4,
       color=colors.HexColor("#1d3c6e"))
H2S = S("h2s", font="DVSB", size=11.5, lead=14.5, spaceBefore=5, spaceAfter=4)
BUL = S("bul", size=9.4, leftIndent=12, firstLineIndent=-9, spaceAfter=2)
CELL = S("cell", size=8.6, lead=10.6)
CELLB = S("cellb", font="DVB", size=8.6, lead=10.6, color=colors.white)
BIG = S("big", font="DVB", size=20, lead=23, color=colors.HexColor("#8a1c2b"))
BOXTXT = S("boxtxt", size=8.4, lead=10.4)

# slide styles
SL_TITLE = S("sltitle", font="DVB", size=22, lead=26, color=colors.HexColor("#12355b"), spaceAfter=8)
SL_LINE = S("slline", size=14, lead=19, spaceAfter=4)
SL_BUL = S("slbul", size=14, lead=19, leftIndent=20, firstLineIndent=-14, spaceAfter=3)
SL_SMALL = S("slsmall", font="DVI", size=9, lead=11, color=colors.HexColor("#555555"))
SL_BIG = S("slbig", font="DVB", size=34, lead=38, color=colors.HexColor("#c0392b"), align=TA_CENTER)
SL_CAP = S("slcap", size=11, lead=14, align=TA_CENTER)


def P(txt, st=BODY):
    return Paragraph(txt, st)


def bullets(items, st=BUL, mark="•"):
    return [Paragraph(f"{mark} {it}", st) for it in items]


def keybox(pairs, widths, bg="#f3e9d2", big=BIG, cap=BOXTXT, border="#8a1c2b"):
    """Key-figure box: one row of (figure, caption) cells."""
    row = []
    for fig, caption in pairs:
        row.append([Paragraph(fig, big), Paragraph(caption, cap)])
    t = Table([row], colWidths=widths)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(border)),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.HexColor(border)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def datatable(header, rows, widths, head_bg="#1d3c6e", zebra="#eef2f8", st=CELL, hst=CELLB):
    data = [[Paragraph(h, hst) for h in header]]
    for r in rows:
        data.append([Paragraph(str(c), st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b5")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(zebra)))
    t.setStyle(TableStyle(style))
    return t


def footnotes(notes):
    out = [Spacer(1, 6), HRFlowable(width="35%", thickness=0.6, color=colors.grey,
                                     hAlign="LEFT", spaceAfter=3)]
    for n in notes:
        out.append(Paragraph(n, SMALL))
    return out


# ---------------------------------------------------------------- page decoration
def make_decorator(spec):
    def deco(canv, doc):
        w, h = doc.pagesize
        n = canv.getPageNumber()
        canv.saveState()
        # banner
        canv.setFillColor(colors.HexColor(spec["band"]))
        canv.rect(0, h - spec["band_h"], w, spec["band_h"], stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 7.8)
        canv.drawString(spec["margin"], h - spec["band_h"] + 6, spec["banner_left"])
        canv.setFont("DV", 7.8)
        canv.drawRightString(w - spec["margin"], h - spec["band_h"] + 6, spec["banner_right"])
        # footer
        canv.setStrokeColor(colors.HexColor("#888888"))
        canv.setLineWidth(0.5)
        canv.line(spec["margin"], 30, w - spec["margin"], 30)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont("DVI", 7)
        canv.drawString(spec["margin"], 19, spec["footer"])
        canv.setFont("DVB", 8)
        canv.drawRightString(w - spec["margin"], 19, spec["pagelabel"](n))
        canv.restoreState()
    return deco


def build(filename, spec, templates, story):
    path = os.path.join(HERE, filename)
    doc = BaseDocTemplate(path, pagesize=spec["pagesize"],
                          leftMargin=spec["margin"], rightMargin=spec["margin"],
                          topMargin=spec["band_h"] + 14, bottomMargin=42,
                          title=spec["title"], author="Observatoire des partenariats (document de démonstration)",
                          subject=spec["subject"], creator="make_docs.py s25",
                          producer="ReportLab", invariant=1)
    deco = make_decorator(spec)
    pts = []
    for tid, frames in templates.items():
        pts.append(PageTemplate(id=tid, frames=frames, onPage=deco))
    doc.addPageTemplates(pts)
    doc.build(story)
    return path


def frames_one(spec, tid):
    w, h = spec["pagesize"]
    m = spec["margin"]
    top = h - spec["band_h"] - 14
    return [Frame(m, 42, w - 2 * m, top - 42, id=tid + "_f", showBoundary=0,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]


def frames_head_two(spec, tid, head_h, gap=16):
    """A full-width head frame, then two columns below it."""
    w, h = spec["pagesize"]
    m = spec["margin"]
    top = h - spec["band_h"] - 14
    colw = (w - 2 * m - gap) / 2
    head = Frame(m, top - head_h, w - 2 * m, head_h, id=tid + "_h", showBoundary=0,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    c1 = Frame(m, 42, colw, top - head_h - 42, id=tid + "_c1", showBoundary=0,
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    c2 = Frame(m + colw + gap, 42, colw, top - head_h - 42, id=tid + "_c2", showBoundary=0,
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [head, c1, c2]


def frames_slide_split(spec, tid, head_h, left_ratio=0.56, gap=24):
    w, h = spec["pagesize"]
    m = spec["margin"]
    top = h - spec["band_h"] - 14
    inner = w - 2 * m - gap
    lw = inner * left_ratio
    rw = inner - lw
    head = Frame(m, top - head_h, w - 2 * m, head_h, id=tid + "_h", showBoundary=0,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    left = Frame(m, 42, lw, top - head_h - 42, id=tid + "_l", showBoundary=0,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    right = Frame(m + lw + gap, 42, rw, top - head_h - 42, id=tid + "_r", showBoundary=0,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [head, left, right]


# ====================================================================
# Document 1 : DIAPORAMA (landscape slides, printed slide numbers 7-11)
# ====================================================================
def doc1():
    spec = dict(pagesize=(842, 474), margin=40, band_h=24, band="#12355b",
                banner_left="OBSERVATOIRE DES PARTENARIATS",
                banner_right="Faire alliance : regards croisés",
                footer="Le RAMEAU · Observatoire des partenariats — reproduction libre avec mention de la source",
                pagelabel=lambda n: f"diapositive {n + 6} / 18",
                title="Faire alliance : regards croisés (diaporama, extrait)",
                subject="Diaporama de démonstration s25")
    T = {
        "title": frames_one(spec, "title"),
        "split": frames_slide_split(spec, "split", head_h=40),
        "split2": frames_slide_split(spec, "split2", head_h=40, left_ratio=0.5),
        "plain": frames_one(spec, "plain"),
    }
    st = []
    # --- slide 7 (pdf p1): title + three key figures
    st += [NextPageTemplate("title"),
           P("DIAPORAMA", S("l1", font="DVB", size=11, color=colors.HexColor("#c0392b"))),
           P("Faire alliance : ce qu’en pensent les Français, les maires et les chefs d’entreprise",
             S("t1", font="DVB", size=24, lead=29, color=colors.HexColor("#12355b"), spaceAfter=4)),
           P("Support projeté lors des rencontres territoriales — extrait de la séquence « chiffres clés », version de travail",
             S("e1", font="DVI", size=10.5, color=colors.HexColor("#555555"), spaceAfter=16)),
           P("Trois publics, trois mots pour un même mouvement :", SL_LINE),
           Spacer(1, 6),
           keybox([("81 %", "des Français évoquent un « devoir d’alliance »"),
                   ("92 %", "des maires font état d’un « besoin d’alliance »"),
                   ("84 %", "des dirigeants d’entreprise disent avoir « envie d’alliance »")],
                  [254, 254, 254], bg="#fdf2e9", big=SL_BIG, cap=SL_CAP, border="#c0392b"),
           Spacer(1, 10),
           P("Dernières mesures disponibles de l’Observatoire. Les sources détaillées figurent sur la diapositive 11.", SL_SMALL),
           NextPageTemplate("split"), PageBreak()]
    # --- slide 8 (pdf p2): innovation
    st += [P("Les alliances, un moteur d’innovation ?", SL_TITLE), FrameBreak(),
           P("La question : travailler en partenariat permet-il d’innover ?", SL_LINE),
           P("Réponses positives, public par public :", SL_LINE)]
    st += bullets(["Français : 74 %", "dirigeants d’entreprise : 81 %",
                   "responsables associatifs : 86 %", "maires : 87 %"], SL_BUL, "▸")
    st += [Spacer(1, 8), P("Source : programme IMPACT de l’Observatoire des partenariats.", SL_SMALL),
           FrameBreak(),
           keybox([("Côté maires", "")], [300], bg="#eaf1f8", big=S("k", font="DVB", size=15, color=colors.HexColor("#12355b")), border="#12355b"),
           Spacer(1, 6),
           P("Une large majorité d’élus jugent leur territoire engagé : 76 % le disent.", SL_LINE),
           P("Reste la question du pilotage. Près d’un maire sur deux reconnaît ne pas savoir comment s’y prendre : 46 %.", SL_LINE),
           NextPageTemplate("split2"), PageBreak()]
    # --- slide 9 (pdf p3): crisis
    st += [P("Sortie de crise : jouer collectif", SL_TITLE), FrameBreak(),
           P("Pour se relever de la crise sanitaire, faut-il co-construire ?", SL_LINE),
           P("Oui pour 81 % des Français.", SL_LINE),
           P("Les dirigeants de TPE et de PME vont plus loin encore. Ils sont 84 % à juger la co-construction utile pour la résilience de l’après-Covid.", SL_LINE),
           P("Pour outiller la relance, l’équipe a inventorié plus de 250 données.", SL_LINE),
           FrameBreak(),
           keybox([("Et les élus ?", "")], [340], bg="#eaf1f8", big=S("k2", font="DVB", size=15, color=colors.HexColor("#12355b")), border="#12355b"),
           Spacer(1, 6),
           P("Le « jouer collectif » séduit : 64 % des élus locaux veulent s’appuyer dessus.", SL_LINE),
           P("Chez les maires, l’utilité de la co-construction ne fait guère débat. Elle est reconnue par 92 % d’entre eux.", SL_LINE),
           NextPageTemplate("plain"), PageBreak()]
    # --- slide 10 (pdf p4): retrospective table
    st += [P("Un regard qui s’inscrit dans la durée", SL_TITLE),
           P("Ce que disaient les Français lors des mesures précédentes :", SL_LINE), Spacer(1, 4),
           datatable(["Enquête", "Terrain", "Ce qui est mesuré", "Résultat"],
                     [["ARPEA-Citoyens", "2008", "urgence à créer des partenariats associations-entreprises", "86 %"],
                      ["ARPEA (deuxième mesure)", "2012", "même question", "84 %"],
                      ["PHARE-Citoyens", "septembre 2015", "adhésion à l’idée d’un « devoir d’alliance »", "69 %"]],
                     [190, 120, 330, 110],
                     st=S("c1", size=12, lead=15), hst=S("c1h", font="DVB", size=12, lead=15, color=colors.white),
                     head_bg="#12355b"),
           Spacer(1, 10),
           P("Entre les deux vagues ARPEA, le sentiment d’urgence s’effrite à peine. Il reste très majoritaire.", SL_LINE),
           P("La formule du « devoir d’alliance » progresse ensuite nettement (voir diapositive 7).", SL_LINE),
           PageBreak()]
    # --- slide 11 (pdf p5): sources
    st += [P("Sources et précautions de lecture", SL_TITLE),
           P("Les chiffres de cette séquence proviennent de plusieurs dispositifs :", SL_LINE)]
    st += bullets(["ARPEA-Citoyens : deux mesures, en 2008 puis en 2012 ;",
                   "PHARE-Citoyens : terrain de septembre 2015 ;",
                   "programme IMPACT : indicateurs d’innovation, de performance et de confiance ;",
                   "dossier « sortie de crise » : inventaire de données publié par Le RAMEAU."], SL_BUL, "▸")
    st += [Spacer(1, 8),
           P("Chaque public a été interrogé séparément : les pourcentages ne s’additionnent pas et ne se comparent qu’avec prudence.", SL_LINE)]
    build("obs-s25-01-diaporama-faire-alliance.pdf", spec, T, st)


# ====================================================================
# Document 2 : ÉTUDE (A4, printed pages 14-17, two columns, tables)
# ====================================================================
def doc2():
    spec = dict(pagesize=A4, margin=48, band_h=22, band="#8a1c2b",
                banner_left="ÉTUDE · ASSOCIATIONS & TERRITOIRES",
                banner_right="Observatoire des partenariats",
                footer="Observatoire des partenariats — Le RAMEAU · citation autorisée avec mention de la source",
                pagelabel=lambda n: f"— {n + 13} —",
                title="Les associations employeuses et leurs partenaires",
                subject="Étude de démonstration s25")
    T = {"p1": frames_head_two(spec, "p1", head_h=112),
         "one": frames_one(spec, "one"),
         "p3": frames_head_two(spec, "p3", head_h=40)}
    st = [NextPageTemplate("p1"),
          P("ÉTUDE", LABEL),
          P("Les associations employeuses et leurs partenaires : un paysage très ouvert", TITLE_S),
          P("Chapitre 2 — texte revu pour cette édition ; résultats du volet IMPACT – Associations &amp; Territoires, avec un rappel des travaux de 2016-2017", EDITION),
          FrameBreak()]
    # column 1
    st += [P("Un champ bien délimité", H2S),
           P("Ce chapitre ne traite que des associations qui emploient au moins une personne salariée. Elles sont 148 000 en France.", BODY_S),
           P("Chez elles, le partenariat est devenu la règle plutôt que l’exception. Rares sont celles qui n’ont aucun partenaire : la part de celles qui en déclarent au moins un atteint 98 %.", BODY_S),
           Spacer(1, 4),
           keybox([("148 000", "associations employeuses"), ("98 %", "ont au moins un partenaire")],
                  [116, 116]),
           Spacer(1, 6),
           P("Pourquoi s’y intéresser ?", H2S),
           P("L’Observatoire des partenariats suit ces relations depuis sa création. Il les aborde ici sous l’angle du territoire : c’est lui qui façonne la plupart des coopérations, et ce dernier sert de fil conducteur à tout le chapitre.", BODY_S),
           FrameBreak(),
           P("Comment lire les résultats", H2S),
           P("Les pourcentages qui suivent se rapportent à l’ensemble des associations employeuses. Une même association peut citer plusieurs types de partenaires ; les totaux dépassent donc 100.", BODY_S),
           P("Le tableau de la page suivante recense les partenaires cités. Il est complété par deux éclairages : l’échelle géographique des liens, puis la forme qu’ils prennent.", BODY_S),
           P("Les associations sans salarié, beaucoup plus nombreuses, relèvent d’autres travaux. Elles sont évoquées ici seulement lorsque l’enquête de 2016 les inclut.", BODY_S),
           P("Un rappel des enquêtes antérieures clôt le chapitre. Il permet de situer les résultats récents dans une perspective plus longue, sans prétendre à une comparaison terme à terme<super>1</super>.", BODY_S)]
    st += footnotes(["1. Les enquêtes successives n’ont ni le même questionnaire ni le même champ."])
    st += [NextPageTemplate("one"), PageBreak()]
    # page 2 (printed 15)
    st += [P("Avec qui les associations employeuses travaillent-elles ?", H2S),
           P("Tableau 1 — Partenaires cités (en % des associations employeuses)", S("cap", font="DVSI", size=8.8, spaceAfter=4)),
           datatable(["Type de partenaire", "Part des associations"],
                     [["Collectivités territoriales", "89 %"],
                      ["Structures d’intérêt général", "73 %"],
                      ["Établissements scolaires", "70 %"],
                      ["Collectifs d’associations", "56 %"],
                      ["Acteurs publics nationaux", "52 %"],
                      ["Fédérations professionnelles", "37 %"],
                      ["Acteurs académiques", "35 %"]],
                     [300, 160], head_bg="#8a1c2b", zebra="#f6ecee"),
           Spacer(1, 6),
           P("Les collectivités territoriales dominent nettement le classement. Elles devancent de loin les acteurs académiques, qui ferment la marche juste derrière les fédérations professionnelles.", BODY_S),
           P("À quelle échelle ?", H2S),
           P("Les liens se nouent d’abord à proximité. Trois associations sur quatre environ situent leurs partenariats au niveau local (73 %). L’échelon régional vient ensuite ; il concerne un peu moins de la moitié d’entre elles, soit 47 %.", BODY_S),
           P("Sous quelle forme ?", H2S),
           P("Les relations observées se répartissent entre quatre grandes familles, présentées ici de la plus fréquente à la moins fréquente :", BODY_S)]
    st += bullets(["le mécénat : 75 % ;", "l’innovation sociétale : 73 % ;",
                   "les pratiques responsables : 70 % ;", "la coopération économique : 58 %."])
    st += [Spacer(1, 6),
           P("On notera la proximité de plusieurs valeurs : 73 % pour le local comme pour l’innovation sociétale, 70 % pour les établissements scolaires comme pour les pratiques responsables. Il s’agit bien d’indicateurs distincts.", BODY_S),
           NextPageTemplate("p3"), PageBreak()]
    # page 3 (printed 16)
    st += [P("Rappel : l’enquête « Associations &amp; Partenariats »", H2S), FrameBreak(),
           P("Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, cette enquête reposait sur un terrain conduit en mai et juin 2016. Elle a recueilli les réponses de plus de 1 380 responsables associatifs.", BODY_S),
           P("Ces associations ne travaillent pas avec un seul partenaire. Elles en comptent en moyenne 2,5.", BODY_S),
           P("Tableau 2 — Partenaires cités en 2016", S("cap2", font="DVSI", size=8.8, spaceAfter=4)),
           datatable(["Partenaire", "%"],
                     [["Collectivités", "74 %"], ["Associations ou fondations", "72 %"],
                      ["Établissements d’enseignement", "47 %"], ["Entreprises", "28 %"],
                      ["Structures d’insertion", "22 %"], ["Organismes de recherche", "9 %"]],
                     [150, 55], head_bg="#8a1c2b", zebra="#f6ecee"),
           FrameBreak(),
           P("La taille du budget pèse lourd", H2S),
           P("Le lien avec les entreprises dépend fortement des moyens de l’association. Au-delà de 150 000 € de budget, la moitié des associations ont un partenaire entreprise (50 %).", BODY_S),
           P("Le contraste est net avec les plus petites structures. Parmi celles qui disposent de moins de 10 000 €, une sur cinq seulement est dans ce cas : 20 %.", BODY_S),
           keybox([("2,5", "partenaires en moyenne par association (2016)")], [200], bg="#eef2f8", border="#1d3c6e"),
           Spacer(1, 6),
           P("Ces ordres de grandeur ne sont pas directement comparables au tableau 1 : l’enquête de 2016 ne portait pas uniquement sur les associations employeuses.", BODY_S),
           NextPageTemplate("one"), PageBreak()]
    # page 4 (printed 17)
    st += [P("Et du côté des entreprises ?", H2S),
           P("L’étude ARPEA Entreprises &amp; Territoires, parue en janvier 2011, interrogeait les entreprises sur leur rapport au partenariat associatif. Ses résultats se résument en trois positions :", BODY_S),
           datatable(["Position de l’entreprise", "Part"],
                     [["développe déjà des partenariats", "21 %"],
                      ["souhaite en développer", "33 %"],
                      ["ne souhaite pas en développer", "46 %"]],
                     [300, 120], head_bg="#1d3c6e"),
           Spacer(1, 8),
           P("Cinq ans plus tard, la note du 29 février 2016 dressait un état des démarches partenariales. Elle relevait 37 % des entreprises d’au moins 10 salariés et 38 % des associations ; la proportion atteignait 53 % chez les associations employeuses et 65 % chez les pionniers.", BODY_S),
           P("Ces chiffres ne mesurent pas la même chose que ceux des pages précédentes : ils portent sur l’engagement dans une démarche, non sur la liste des partenaires cités.", BODY_S),
           P("Du côté associatif, les travaux ARPEA situaient déjà à près de 46 % la part des associations engagées avec une entreprise. La coïncidence avec les 46 % d’entreprises réticentes de 2011 est purement arithmétique.", BODY_S)]
    st += [P("Ce que cela change pour les territoires", H2S),
           P("Pour une collectivité, ces résultats dessinent un paysage où l’association employeuse est rarement isolée. Elle coopère d’abord avec les acteurs publics de proximité, puis avec d’autres structures d’intérêt général. L’entreprise n’arrive qu’ensuite, et surtout pour les associations les mieux dotées.", BODY_S)]
    st += footnotes(["Sources : Observatoire des partenariats (IMPACT – Associations &amp; Territoires) ; Recherches &amp; Solidarités et Le RAMEAU (mars 2017) ; ARPEA Entreprises &amp; Territoires (janvier 2011) ; note du 29 février 2016."])
    build("obs-s25-02-etude-associations-partenaires.pdf", spec, T, st)


# ====================================================================
# Document 3 : BULLETIN DE VEILLE (A4, pages printed "page n sur 4")
# ====================================================================
def doc3():
    spec = dict(pagesize=A4, margin=50, band_h=26, band="#1f6f5c",
                banner_left="BULLETIN DE VEILLE — ÉLUS & TERRITOIRES",
                banner_right="n° 7 · décembre 2024",
                footer="Bulletin réalisé à partir des publications publiques de l’Observatoire des partenariats",
                pagelabel=lambda n: f"page {n} sur 4",
                title="Maires et élus locaux : la dynamique territoriale en chiffres",
                subject="Bulletin de veille de démonstration s25")
    T = {"one": frames_one(spec, "one"),
         "two": frames_head_two(spec, "two", head_h=36)}
    green = colors.HexColor("#1f6f5c")
    H = S("h3g", font="DVB", size=11, lead=14, color=green, spaceBefore=6, spaceAfter=3)
    st = [NextPageTemplate("one"),
          P("BULLETIN DE VEILLE", S("lab3", font="DVB", size=9, color=green)),
          P("Maires et élus locaux : la dynamique territoriale à l’épreuve des chiffres", TITLE),
          P("Numéro de fin d’année, diffusé en décembre 2024 — synthèse d’enquêtes récentes et rappels", EDITION),
          P("À la une : IMPACTS &amp; TRAJECTOIRES – Élus locaux", H),
          P("La vague consacrée aux élus locaux a été rendue publique en novembre 2024. Elle s’appuie sur un échantillon de 302 maires. Ceux-ci ont été interrogés par téléphone entre le 30 septembre et le 28 octobre 2024.", BODY),
          P("Premier enseignement : le mouvement. Neuf maires sur dix décrivent un territoire qui bouge (91 %). Ce total réunit en réalité deux réponses. Une minorité évoque un mouvement marqué : ils sont 35 % à parler d’un territoire fortement en mouvement. Les autres, 56 %, le voient bouger « ni plus ni moins » qu’avant.", BODY),
          P("Qui a répondu ? Le panel ressemble à la France des communes. La grande majorité des répondants dirigent une commune de moins de 2 000 habitants ; ils représentent 84 % de l’échantillon.", BODY),
          Spacer(1, 6),
          keybox([("302", "maires interrogés"), ("91 %", "voient leur territoire en mouvement"),
                  ("84 %", "dirigent une commune de moins de 2 000 habitants")], [160, 170, 165],
                 bg="#e7f3ef", border="#1f6f5c", big=S("bg3", font="DVB", size=20, lead=23, color=green)),
          Spacer(1, 8),
          P("Pourquoi c’est important", H),
          P("Ces résultats confirment une tendance observée depuis plusieurs années par l’Observatoire : l’échelon communal est devenu un lieu privilégié d’alliances entre acteurs. Les numéros précédents du bulletin l’avaient déjà souligné ; celui-ci en apporte une mesure actualisée.", BODY),
          NextPageTemplate("two"), PageBreak()]
    # page 2
    st += [P("Retour sur les enquêtes précédentes", S("h2g", font="DVB", size=13, color=green)), FrameBreak(),
           P("PHARE-Institutions", H),
           P("Le volet institutionnel du programme PHARE a été publié le 29 novembre 2016. Son apport principal est une typologie : il distingue 5 profils de maires selon leur rapport aux alliances locales.", BODY),
           P("IMPACT-Élus locaux", H),
           P("Quatre ans plus tard, l’enquête IMPACT-Élus locaux est conduite avec Comisis-OpinionWay (novembre 2020). Elle a nourri une fiche-repère, « Les dynamiques d’engagement des Collectivités territoriales », présentée comme un nouvel outil de co-construction territoriale lors du Congrès des maires.", BODY),
           FrameBreak(),
           P("Agir ensemble en Territoire", H),
           P("La démarche est née en 2010. Elle fait suite à l’étude ARPEA-Collectivités locales, réalisée par Comisis-OpinionWay.", BODY),
           P("Trois territoires ont servi de pilotes :", BODY)]
    st += bullets(["l’Alsace, avec Alsace Active ;",
                   "le Poitou-Charentes, avec le Groupe La Poste ;",
                   "Paris-Est Marne &amp; Bois."])
    st += [Spacer(1, 4),
           P("Chacun de ces pilotes associait un acteur local de l’accompagnement à des élus et à des entreprises du territoire.", BODY),
           P("Ces pilotes ont ensuite inspiré d’autres initiatives locales, dont le parcours présenté en page suivante.", BODY),
           NextPageTemplate("one"), PageBreak()]
    # page 3
    st += [P("Expérimenter la co-construction territoriale", H),
           P("Le CGET et Le RAMEAU ont lancé ensemble un parcours d’expérience dédié à la co-construction territoriale. Il réunit 11 territoires pionniers. Ces derniers s’y engagent pour 18 mois ; la première session s’est tenue le 3 mai.", BODY),
           Spacer(1, 4),
           P("Archives : l’agenda d’un mois de novembre", H),
           P("Pour mémoire, voici les rendez-vous relayés par l’Observatoire au cours d’un même mois de novembre :", BODY),
           datatable(["Date", "Rendez-vous"],
                     [["15 novembre", "Parution d’un dossier dans JURIS Associations n° 628"],
                      ["23 novembre", "3e dîner « Élus &amp; Entreprises »"],
                      ["26 novembre", "5e webinaire « L’ODD 17 en pratique »"],
                      ["26 novembre", "Publication du 11e rapport régional de l’Observatoire, consacré à la Normandie"]],
                     [90, 405], head_bg="#1f6f5c", zebra="#e7f3ef"),
           Spacer(1, 8),
           P("Le dossier de JURIS Associations ouvre le mois. Il est suivi du dîner, qui réunit élus et chefs d’entreprise autour des alliances locales.", BODY),
           P("Deux événements tombent le même jour : le webinaire et la sortie du rapport normand. Le dîner les précède de trois jours.", BODY),
           PageBreak()]
    # page 4
    st += [P("Ce qu’il faut retenir", H)]
    st += bullets(["Les maires décrivent massivement un territoire en mouvement, mais l’intensité de ce mouvement varie.",
                   "Les communes rurales et les petites villes sont au cœur des réponses.",
                   "Les typologies et fiches-repères successives donnent aux élus des outils pour se situer.",
                   "Les expérimentations territoriales prolongent les enquêtes par des démarches de terrain."])
    st += [Spacer(1, 6), P("Dans le prochain numéro", H),
           P("Le bulletin reviendra sur les résultats détaillés par taille de commune et sur les attentes des maires vis-à-vis des entreprises de leur territoire.", BODY)]
    st += [Spacer(1, 8), P("Sources", H),
           P("Observatoire des partenariats : IMPACTS &amp; TRAJECTOIRES – Élus locaux (novembre 2024) ; PHARE-Institutions ; IMPACT-Élus locaux (Comisis-OpinionWay) ; publications du RAMEAU et du CGET sur les territoires pionniers.", BODY)]
    st += footnotes(["Les pourcentages sont arrondis à l’unité ; leur somme peut différer légèrement du total affiché.",
                     "Ce bulletin est une synthèse : il ne remplace pas la lecture des rapports complets."])
    build("obs-s25-03-bulletin-elus-locaux.pdf", spec, T, st)


# ====================================================================
# Document 4 : FICHE REPÈRE PHARE-Citoyens (A4, printed 3.1-3.3)
# ====================================================================
def doc4():
    spec = dict(pagesize=A4, margin=52, band_h=20, band="#5b3a87",
                banner_left="FICHE REPÈRE · SÉRIE PHARE",
                banner_right="Les citoyens",
                footer="Observatoire des partenariats · fiches repères PHARE",
                pagelabel=lambda n: f"fiche 3 · p. 3.{n}",
                title="PHARE-Citoyens : ce que les Français attendent de leur territoire",
                subject="Fiche repère de démonstration s25")
    T = {"one": frames_one(spec, "one"), "two": frames_head_two(spec, "two", head_h=30)}
    violet = colors.HexColor("#5b3a87")
    H = S("h4", font="DVB", size=11, lead=14, color=violet, spaceBefore=6, spaceAfter=3)
    st = [NextPageTemplate("one"),
          P("FICHE REPÈRE", S("lab4", font="DVB", size=9, color=violet)),
          P("PHARE-Citoyens : ce que les Français attendent de leur territoire", TITLE),
          P("Fiche n° 3 de la série PHARE — réédition ; résultats du terrain de septembre 2015", EDITION),
          P("Le programme PHARE en bref", H),
          P("Le programme PHARE s’est déployé en six volets successifs :", BODY)]
    st += bullets(["Citoyens — septembre 2015 ;", "Entreprises — octobre 2015 ;",
                   "Associations — novembre 2015 ;", "13 rapports régionaux — 2016 ;",
                   "diagnostics sectoriels — juillet 2016 ;", "Institutions — automne 2016."])
    st += [P("Le volet Citoyens", H),
           P("Premier de la série, il donne la parole au grand public. L’enquête a porté sur plus de 2 000 personnes interrogées sur les priorités de leur territoire et sur le rôle qu’elles prêtent aux partenariats.", BODY),
           Spacer(1, 4),
           keybox([("69 %", "des Français adhèrent à l’idée d’un « devoir d’alliance » entre acteurs")], [300],
                  bg="#efe9f6", border="#5b3a87", big=S("bg4", font="DVB", size=20, lead=23, color=violet)),
           PageBreak()]
    # page 2 : two tables
    st += [P("Des priorités claires, un rôle reconnu aux alliances", H),
           P("Les personnes interrogées ont d’abord noté, sur 10, l’importance de plusieurs enjeux pour leur territoire.", BODY),
           P("Tableau A — Note moyenne de priorité (sur 10)", S("capa", font="DVI", size=8.6, spaceAfter=3)),
           datatable(["Enjeu", "Note / 10"],
                     [["Emploi", "7,1"], ["Pouvoir d’achat", "6,6"], ["Sécurité<super>*</super>", "6,6"],
                      ["Développement économique", "6,5"], ["Environnement", "6,3"],
                      ["Lutte contre l’exclusion", "6,3"]],
                     [280, 120], head_bg="#5b3a87", zebra="#efe9f6"),
           Spacer(1, 8),
           P("Elles ont ensuite indiqué dans quels domaines les partenariats entre acteurs ont, selon elles, un impact fort.", BODY),
           P("Tableau B — Part des citoyens jugeant fort l’impact des partenariats", S("capb", font="DVI", size=8.6, spaceAfter=3)),
           datatable(["Domaine", "Impact fort"],
                     [["Emploi", "49 %"], ["Développement économique", "46 %"],
                      ["Environnement", "42 %"], ["Précarité", "36 %"], ["Éducation", "36 %"]],
                     [280, 120], head_bg="#5b3a87", zebra="#efe9f6"),
           Spacer(1, 6),
           P("Lecture : l’emploi arrive en tête des deux classements. Il est à la fois l’enjeu le mieux noté et celui où l’effet des alliances paraît le plus net.", BODY)]
    st += footnotes(["* Une autre restitution publique de l’enquête arrondit la note attribuée à la sécurité à 7/10."])
    st += [NextPageTemplate("two"), PageBreak()]
    # page 3
    st += [P("Ce qu’il faut en retenir", H), FrameBreak(),
           P("Les attentes des citoyens sont d’abord économiques : emploi, pouvoir d’achat et développement se détachent nettement. L’environnement et l’exclusion suivent de près, à égalité.", BODY),
           P("Le regard porté sur les partenariats est pragmatique. Ils sont jugés efficaces là où les besoins sont les plus concrets.", BODY),
           P("L’éducation et la précarité arrivent plus loin, à égalité. Elles restent toutefois citées par plus d’un tiers des personnes interrogées.", BODY),
           P("Les volets suivants du programme (entreprises, associations, institutions) ont permis de confronter ce regard citoyen à celui des autres acteurs.", BODY),
           FrameBreak(),
           P("Méthode", S("m4", font="DVB", size=9.5)),
           P("Enquête réalisée en septembre 2015 auprès d’un échantillon de citoyens. Les notes sont des moyennes ; les pourcentages sont arrondis.", SMALL),
           P("Pour citer cette fiche : Observatoire des partenariats, « PHARE-Citoyens », fiche repère n° 3.", SMALL)]
    build("obs-s25-04-fiche-repere-phare-citoyens.pdf", spec, T, st)


# ====================================================================
# Document 5 : NOTE de synthèse (A4, printed roman numerals)
# ====================================================================
def doc5():
    romans = ["i", "ii", "iii", "iv", "v"]
    spec = dict(pagesize=A4, margin=50, band_h=22, band="#333333",
                banner_left="NOTE DE SYNTHÈSE · REPÈRES",
                banner_right="Le RAMEAU — Observatoire des partenariats",
                footer="Document de travail — reprise libre avec citation",
                pagelabel=lambda n: f"[ {romans[n - 1]} ]",
                title="Du laboratoire à la Fondation : quinze ans de jalons partenariaux",
                subject="Note de démonstration s25")
    T = {"p1": frames_head_two(spec, "p1", head_h=98),
         "one": frames_one(spec, "one"),
         "two": frames_head_two(spec, "two", head_h=30)}
    H = S("h5", font="DVSB", size=11.5, lead=14.5, spaceBefore=6, spaceAfter=3)
    st = [NextPageTemplate("p1"),
          P("NOTE", S("lab5", font="DVB", size=9, color=colors.HexColor("#8a1c2b"))),
          P("Du laboratoire à la Fondation : quinze ans de jalons partenariaux", TITLE_S),
          P("Version consolidée à l’été 2022, mise à jour après la création de la Fondation des Territoires", EDITION),
          FrameBreak(),
          P("1. Les institutions", H),
          P("Le RAMEAU a vu le jour en 2006. Cette association d’intérêt général se présente comme un « laboratoire de recherche empirique ». Depuis, elle a conduit des expérimentations auprès de plus de 500 organisations.", BODY_S),
          P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est confiée à Laurence Weber.", BODY_S),
          P("L’Observatoire des partenariats<super>1</super> naît deux ans après l’association, en 2008. Il est créé par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif.", BODY_S),
          FrameBreak(),
          P("Une direction scientifique bénévole", H),
          P("La direction scientifique de l’Observatoire est assurée par Anne Robin. Cette dernière, fondatrice de COMISIS, l’exerce bénévolement.", BODY_S),
          P("Le cap est celui d’une recherche appliquée : observer les alliances, les qualifier, puis outiller ceux qui veulent les construire. Les pages suivantes en retracent les principales étapes.", BODY_S)]
    st += footnotes(["1. Des documents plus anciens (2011, 2012) évoquent un « Observatoire national des partenariats associations / entreprises » créé en 2007."])
    st += [NextPageTemplate("one"), PageBreak()]
    # page 2 : table of programmes
    st += [P("2. Trois programmes quinquennaux", H),
           P("Le travail de l’Observatoire s’organise en plans de cinq ans, résumés dans le tableau ci-dessous.", BODY_S),
           datatable(["Programme", "Période", "Repères"],
                     [["ARPEA", "2008-2012", "10 volets ; rapport quinquennal présenté le 11 décembre 2012"],
                      ["PHARE", "2013-2018", "6 volets publiés entre septembre 2015 et l’automne 2016"],
                      ["IMPACT", "2018-2022", "lancé en novembre 2017 ; 3 axes de travail"]],
                     [90, 80, 325], head_bg="#333333", zebra="#eeeeee"),
           Spacer(1, 8),
           P("Le sigle ARPEA se lit « Analyse des Relations et des Partenariats entre Entreprises et Associations »<super>2</super>.", BODY_S),
           P("Entre les deux premiers programmes, la ministre Valérie Fourneyron demande un état des lieux des partenariats associations-entreprises. Il est publié au début de 2014.", BODY_S),
           P("Le programme IMPACT", H),
           P("IMPACT est conduit par un tour de table de cinq partenaires :", BODY_S)]
    st += bullets(["la Caisse des Dépôts ;", "l’Institut CDC pour la Recherche ;", "le Groupe La Poste ;",
                   "la Fondation TOTAL ;", "Le RAMEAU."])
    st += [P("Il s’articule autour de trois axes : l’innovation sociétale et territoriale, la performance des organisations, la confiance.", BODY_S)]
    st += footnotes(["2. D’autres publications développent le même sigle avec des formulations voisines."])
    st += [NextPageTemplate("two"), PageBreak()]
    # page 3 : two columns
    st += [P("3. Vers un droit de l’alliance", H), FrameBreak(),
           P("Lors du FNAF 2019, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020. Un bilan en a été dressé le 17 octobre 2020.", BODY_S),
           P("Dans son prolongement, Cathy Racon-Bouzon a porté une proposition de loi sur le « droit de l’alliance d’intérêt général ». Le Bureau de l’Assemblée nationale l’a agréée, puis elle a été publiée au Journal officiel. Une feuille de route ministérielle de 21 mesures l’accompagne.", BODY_S),
           P("Le Fonds ODD 17", H),
           P("Le RAMEAU et la Fondation TotalEnergies ont co-créé ce fonds en 2020. Sa dotation s’élève à 1,5 M€, pour une expérimentation menée sur trois ans. Il mise sur 350 « catalyseurs territoriaux ».", BODY_S),
           FrameBreak(),
           P("L’ODD 17 en pratique", H),
           P("L’objectif de développement durable n° 17 est consacré aux partenariats. Il se décline en 19 cibles, décryptées dans la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », présentée un 5 juillet.", BODY_S),
           Spacer(1, 4),
           keybox([("M.E.D.O.C.", "Méthodes, Exemples, Données, Outils, Compétences : les ressources mises en ligne sur la plateforme www.odd17.org")],
                  [232], bg="#f1f1f1", border="#333333", big=S("bg5", font="DVB", size=15, lead=18)),
           Spacer(1, 6),
           P("Cette boîte à outils s’adresse aux acteurs qui veulent passer de l’intention à l’action.", BODY_S),
           NextPageTemplate("one"), PageBreak()]
    # page 4
    st += [P("4. La Fondation des Territoires", H),
           P("Sa préfiguration débute en juillet 2018. Elle se déroule en trois étapes : de juillet 2018 à juillet 2019, d’août 2019 à novembre 2020, puis de décembre 2020 à mai 2022.", BODY_S),
           P("La Fondation est officiellement créée le 14 juin 2022, sous l’égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et s’est donné 3 missions.", BODY_S),
           P("La Charte du faire alliance", H),
           P("Pilotée par la Fondation des Territoires, la Charte est le fruit de trois mois de co-construction. Elle se veut un « contrat de confiance » entre acteurs.", BODY_S),
           P("Son lancement a eu lieu le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne &amp; Bois), au cours d’une soirée VitaWin.", BODY_S),
           P("Le regard des fondations", H),
           P("L’étude IMPACT Fondations &amp; Territoires, publiée un 23 septembre, s’appuie sur 42 fondations interrogées. Une fiche acteur, « Dynamique d’engagement des Fondations », en reprend les enseignements.", BODY_S),
           Spacer(1, 6),
           datatable(["Jalon", "Date"],
                     [["Création du RAMEAU", "2006"], ["Création de l’Observatoire", "2008"],
                      ["Lancement de la Charte du faire alliance", "30 novembre 2021"],
                      ["Création de la Fondation des Territoires", "14 juin 2022"]],
                     [320, 175], head_bg="#333333", zebra="#eeeeee")]
    build("obs-s25-05-note-jalons-partenariaux.pdf", spec, T, st)


if __name__ == "__main__":
    doc1(); doc2(); doc3(); doc4(); doc5()
    print("ok")
