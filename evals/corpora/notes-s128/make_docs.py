# -*- coding: utf-8 -*-
"""Corpus fictif notes-s128 : 5 PDF « à la manière » de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides. Écrit les PDF dans le dossier du script.
Usage : /work/main/.venv/bin/python make_docs.py
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
M = 50           # marge
BOTTOM = 95      # limite basse du contenu (notes et pied en dessous)

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=colors.HexColor("#1f4e79"))
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=colors.HexColor("#1f4e79"))
SUB = ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=9.5, leading=12, textColor=colors.HexColor("#444444"))
BOX = ParagraphStyle("box", parent=BODY, fontSize=9.5, leading=12.5)
QUOTE = ParagraphStyle("quote", parent=BODY, fontName="Helvetica-Oblique", leftIndent=12)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=3)


class Doc:
    def __init__(self, name, header, footer):
        self.path = os.path.join(HERE, name)
        self.c = canvas.Canvas(self.path, pagesize=A4, invariant=1, pageCompression=0)
        for f in (self.c.setTitle, self.c.setAuthor, self.c.setSubject, self.c.setCreator,
                  self.c.setProducer, self.c.setKeywords):
            f("")
        self.header, self.footer = header, footer
        self.n = 0

    def page(self):
        self.n += 1
        c = self.c
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(M, H - 30, self.header(self.n))
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.line(M, H - 36, W - M, H - 36)
        c.line(M, 40, W - M, 40)
        c.drawString(M, 28, self.footer(self.n)[0])
        c.drawRightString(W - M, 28, self.footer(self.n)[1])
        c.setFillColor(colors.black)

    def end_page(self):
        self.c.showPage()

    def flow(self, blocks, x, y, w):
        """Dessine les blocs de haut en bas ; vérifie qu'on ne déborde pas."""
        for b in blocks:
            if isinstance(b, (int, float)):
                y -= b
                continue
            bw, bh = b.wrapOn(self.c, w, H)
            y -= bh
            assert y >= BOTTOM, ("débordement", self.path, self.n, y)
            b.drawOn(self.c, x, y)
            y -= getattr(getattr(b, "style", None), "spaceAfter", 0) or 0
        return y

    def box(self, blocks, x, y, w, bg="#eaf1f8"):
        """Encadré : fond coloré puis contenu."""
        hs = [b.wrapOn(self.c, w - 16, H)[1] + (getattr(getattr(b, "style", None), "spaceAfter", 0) or 0)
              for b in blocks]
        h = sum(hs) + 14
        assert y - h >= BOTTOM, ("débordement encadré", self.path, self.n)
        self.c.setFillColor(colors.HexColor(bg))
        self.c.setStrokeColor(colors.HexColor("#1f4e79"))
        self.c.rect(x, y - h, w, h, fill=1, stroke=1)
        self.c.setFillColor(colors.black)
        self.flow(blocks, x + 8, y - 7, w - 16)
        return y - h - 8

    def notes(self, lines):
        y = 48 + 10 * (len(lines) - 1)
        assert y + 12 < BOTTOM + 30
        self.c.setStrokeColor(colors.grey)
        self.c.line(M, y + 11, M + 120, y + 11)
        self.c.setFont("Helvetica", 7.5)
        for ln in lines:
            self.c.drawString(M, y, ln)
            y -= 10

    def save(self):
        self.c.save()


def P(t, s=BODY):
    return Paragraph(t, s)


def table(rows, widths, header=True):
    t = Table(rows, colWidths=widths)
    st = [("FONT", (0, 0), (-1, -1), "Helvetica", 9),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
          ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if header:
        st += [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e5f1"))]
    t.setStyle(TableStyle(st))
    return t


CW = (W - 2 * M - 20) / 2   # largeur de colonne
X2 = M + CW + 20


# ---------------------------------------------------------------- 1. engagement des jeunes
def doc1():
    d = Doc("obs-s128-01-engagement-jeunes.pdf",
            lambda n: "Observatoire des partenariats  |  Étude Jeunes & engagement  |  parution : mars 2025",
            lambda n: ("Observatoire des partenariats - 12 rue d'Athènes, 75008 Paris", "page %d" % (n + 3)))
    # p1
    d.page()
    y = d.flow([P("Les 16-30 ans et l'engagement partenarial", H1), 4,
                P("Étude nationale. Terrain du 7 octobre au 15 novembre 2024, parution en mars 2025.", SUB), 10],
               M, H - 60, W - 2 * M)
    y = d.box([P("<b>Chiffres clés</b>", BOX),
               P("1 204 jeunes de 16 à 30 ans interrogés", BOX),
               P("57 % se déclarent engagés dans au moins une association", BOX),
               P("Près d'un sur trois (31 %) l'est aux côtés d'une entreprise", BOX)], M, y, W - 2 * M)
    y = d.flow([
        P("Dix ans après l'étude PHARE-Citoyens, qui relevait en 2015 que 69 % des Français jugeaient nécessaire "
          "de faire alliance, l'Observatoire a voulu poser la question aux plus jeunes."),
        P("Parmi les 1 204 jeunes interrogés, 57 % déclarent au moins un engagement ; la moitié d'entre eux y "
          "consacre plus de deux heures par semaine."),
        P("Les jeunes engagés donnent en moyenne une note de 6,8/10 à l'utilité de leur action pour leur territoire."),
        P("La première édition de cette étude, publiée en 2021, ne relevait que 48 % d'engagés parmi les 16-30 ans."),
        P("L'enquête a été conduite en ligne par l'institut Panelys (tél. 01 84 26 31 70) auprès d'un "
          "échantillon représentatif construit selon la méthode des quotas."),
    ], M, y - 4, W - 2 * M)
    d.end_page()
    # p2
    d.page()
    y = d.flow([P("1. L'engagement selon l'âge", H2), 6,
                P("Part des jeunes engagés, par tranche d'âge (terrain 2024)", SUB), 4,
                table([["Tranche d'âge", "Engagés", "dont avec une entreprise", "Effectif¹"],
                       ["16-19 ans", "49 %", "22 %", "288"],
                       ["20-24 ans", "55 %", "29 %", "401"],
                       ["25-30 ans", "63 %", "38 %", "515"]], [130, 90, 150, 95]), 12],
               M, H - 60, W - 2 * M)
    y1 = d.flow([P("Les 25-30 ans sont les plus engagés : 63 %, soit quatorze points de plus que les 16-19 ans."),
                 P("Lecture : 49 % des 16-19 ans se déclarent engagés.", SMALL)], M, y, CW)
    y2 = d.flow([P("L'entrée dans la vie active joue un rôle net : l'engagement aux côtés d'une entreprise "
                   "progresse avec l'âge, sans jamais devenir majoritaire.")], X2, y, CW)
    d.notes(["1 Effectifs bruts, non pondérés. Marge d'erreur de ± 2,8 points pour l'ensemble de l'échantillon."])
    d.end_page()
    # p3
    d.page()
    y = d.flow([P("2. L'engagement selon la situation", H2), 6,
                P("Étudiants : 61 % engagés ; parmi eux, 34 % le sont dans une association étudiante.", BUL),
                P("Actifs en emploi : 54 % engagés, dont 18 % via le mécénat de compétences de leur employeur.", BUL),
                P("Sans emploi : 46 % engagés ; la moitié d'entre eux disent y chercher une expérience "
                  "professionnelle.", BUL), 4,
                P("Les étudiants et les actifs en emploi se rejoignent sur un point : 72 % des premiers et 68 % des "
                  "seconds souhaitent que leur école ou leur employeur noue davantage de partenariats avec des "
                  "associations<super>2</super>."), 6],
               M, H - 60, W - 2 * M)
    d.box([P("<b>Méthode</b>", BOX),
           P("Échantillon de 1 204 personnes, méthode des quotas (sexe, âge, région, situation).", BOX),
           P("Les résultats par situation portent sur 1 117 répondants, 87 jeunes en situation « autre » étant "
             "exclus.", BOX)], M, y, W - 2 * M, bg="#f3f3f3")
    d.notes(["2 Question posée aux seuls étudiants et actifs en emploi (n = 812)."])
    d.end_page()
    d.save()


# ---------------------------------------------------------------- 2. rapport RSE
def doc2():
    d = Doc("obs-s128-02-rapport-rse-partenariats.pdf",
            lambda n: "GROUPE VERDALIS - RAPPORT DE RESPONSABILITÉ SOCIÉTALE 2024 - Chapitre 4",
            lambda n: ("Publié le 14 avril 2025", "%d" % (111 + n)))
    # p1
    d.page()
    y = d.flow([P("4. Partenariats associatifs", H1), 6,
                P("4.1 Un engagement qui s'élargit", H2), 4,
                P("En 2024, le Groupe Verdalis a consacré 4,2 M€<super>1</super> à ses partenariats associatifs, "
                  "contre 3,6 M€ en 2023."),
                P("Les montants versés ont bénéficié à 212 associations, dont 38 pour la première fois."), 4],
               M, H - 60, W - 2 * M)
    yb = d.box([P("<b>L'année en bref</b>", BOX),
                P("1 850 collaborateurs engagés, soit 17 % des effectifs", BOX),
                P("9 400 heures de mécénat de compétences", BOX)], M, y, CW)
    d.flow([P("Effectif total du groupe : 10 880 salariés au 31 décembre 2024, répartis sur 46 sites en France.",
              BOX)], X2, y - 4, CW)
    d.notes(["1 Montant hors dons en nature, voir section 4.2."])
    d.end_page()
    # p2
    d.page()
    y = d.flow([P("4.2 Répartition par cause", H2), 6,
                P("Montants versés en 2024 par cause (en milliers d'euros)", SUB), 4,
                table([["Cause", "Montant 2024 (k€)", "Part du total"],
                       ["Insertion et emploi", "1 596", "38 %"],
                       ["Éducation", "1 008", "24 %"],
                       ["Environnement", "882", "21 %"],
                       ["Santé", "714", "17 %"]], [190, 140, 135]), 12,
                P("La part de l'insertion progresse de quatre points par rapport à 2023."),
                P("Le total 2024 (4 200 k€) n'inclut pas les 150 k€ de dons en nature valorisés séparément.")],
               M, H - 60, W - 2 * M)
    d.end_page()
    # p3
    d.page()
    y = d.flow([P("4.3 Mécénat de compétences", H2), 6,
                P("En 2024, 640 collaborateurs ont donné 9 400 heures à 57 associations partenaires ; parmi eux, "
                  "près de la moitié étaient des cadres."),
                P("Les collaborateurs de plus de 50 ans représentent 23 % des mécènes de compétences."),
                P("La valorisation de ce temps atteint 610 000 € au coût salarial chargé."), 4],
               M, H - 60, W - 2 * M)
    y = d.box([P("<b>Témoignage</b>", BOX),
               P("« J'ai accompagné trois associations en deux ans, toujours sur leurs outils de gestion. » "
                 "Claire Montaubin, contrôleuse de gestion, site de Niort.", BOX)], M, y, W - 2 * M, bg="#fdf3e3")
    d.flow([P("Le congé solidaire a concerné 45 salariés en 2024, pour une durée moyenne de deux semaines.")],
           M, y - 2, W - 2 * M)
    d.end_page()
    # p4
    d.page()
    y = d.flow([P("4.4 Nos objectifs à l'horizon 2027", H2), 6,
                P("Porter le budget partenarial à 5 M€ d'ici 2027 (4,2 M€ en 2024).", BUL),
                P("Atteindre 25 % de collaborateurs engagés (17 % en 2024).", BUL),
                P("Soutenir 300 associations, dont un tiers implantées en quartiers prioritaires.", BUL),
                P("Doubler le volume d'heures de mécénat de compétences.", BUL), 6,
                P("Bilan du plan précédent (2019-2023) : 92 % des objectifs ont été atteints.")],
               M, H - 60, W - 2 * M)
    d.notes(["Indicateurs vérifiés par un organisme tiers indépendant, conformément à l'article L. 225-102-1 "
             "du Code de commerce."])
    d.end_page()
    d.save()


# ---------------------------------------------------------------- 3. monographie d'alliance territoriale
def doc3():
    d = Doc("obs-s128-03-monographie-alliance-territoriale.pdf",
            lambda n: "Monographie n° 7 - Alliance Brenne-Sèvre Solidaire - juin 2024",
            lambda n: ("Observatoire des partenariats", "" if n == 1 else "- %d -" % n))
    # p1
    d.page()
    y = d.flow([P("L'alliance Brenne-Sèvre Solidaire", H1), 4,
                P("Monographie d'une alliance territoriale, rédigée en juin 2024.", SUB), 10,
                P("Née en 2016 dans un bassin de 38 communes et 41 500 habitants, l'alliance réunit aujourd'hui "
                  "64 partenaires : 29 associations, 21 entreprises, 11 collectivités et 3 fondations."), 6],
               M, H - 60, W - 2 * M)
    d.box([P("<b>Chiffres clés</b>", BOX),
           P("64 partenaires", BOX),
           P("1,9 M€ mobilisés depuis 2016", BOX),
           P("420 personnes accompagnées vers l'emploi", BOX),
           P("8 ans d'existence", BOX)], M, y, CW)
    d.flow([P("L'alliance est animée par une coordinatrice salariée, hébergée par la communauté de communes, "
              "et gouvernée par un comité où siègent les quatre familles d'acteurs.")], X2, y, CW)
    d.end_page()
    # p2
    d.page()
    y = d.flow([P("Chronologie", H2), 6,
                P("2016 - Création de l'alliance par 12 membres fondateurs, dont la communauté de communes."),
                P("2018 - Premier appel à projets : 14 projets retenus sur 37 déposés."),
                P("2020 - Entrée dans l'expérimentation du Fonds ODD 17, doté de 1,5 M€ pour 3 ans au niveau national."),
                P("2021 - Signature de la Charte du faire alliance ; 9 nouveaux partenaires rejoignent l'alliance."),
                P("2023 - Ouverture de la Maison des alliances, 2 rue des Tanneurs, 36290 Saint-Aubin-sur-Brenne."),
                P("2024 - L'alliance compte 64 partenaires et 1,9 M€ mobilisés depuis sa création.")],
               M, H - 60, W - 2 * M)
    d.end_page()
    # p3
    d.page()
    y = d.flow([P("Paroles de partenaires", H2), 6,
                P("« Sur nos 45 salariés, un tiers a participé au moins une fois à une action de l'alliance », "
                  "explique Martine Lavergne, dirigeante de la menuiserie Lavergne &amp; Fils.", QUOTE),
                P("« En 2019, nous n'avions que deux partenaires privés ; ils sont sept cette année », souligne Hugo "
                  "Berthet, président de l'association Brenne Insertion.", QUOTE), 8,
                P("Ce que disent les membres", H2), 6,
                P("Résultats mesurés en 2023 auprès des 64 structures membres : 88 % jugent l'alliance utile à leur "
                  "propre activité, et plus de trois sur quatre recommanderaient la démarche."),
                P("Dans les communes de moins de 3 500 habitants, la part des structures qui jugent l'alliance utile "
                  "monte à 93 %.")],
               M, H - 60, W - 2 * M)
    d.end_page()
    d.save()


# ---------------------------------------------------------------- 4. comparaison européenne
def doc4():
    d = Doc("obs-s128-04-comparaison-europeenne.pdf",
            lambda n: "Observatoire des partenariats - Note Europe n° 14 - janvier 2025",
            lambda n: ("Données 2023", "%d/3" % n))
    # p1
    d.page()
    y = d.flow([P("Les alliances associations-entreprises en Europe", H1), 6,
                P("Part des entreprises de 10 salariés et plus ayant au moins un partenariat associatif, 2023", SUB), 4,
                table([["Pays", "Part des entreprises", "Rang"],
                       ["Pays-Bas", "52 %", "1"],
                       ["Allemagne", "44 %", "2"],
                       ["France", "39 %", "3"],
                       ["Belgique", "36 %", "4"],
                       ["Espagne", "28 %", "5"],
                       ["Italie", "24 %", "6"],
                       ["Moyenne des six pays", "37 %", "-"]], [200, 150, 80]), 12,
                P("Avec 39 %, la France se classe au 3e rang, deux points au-dessus de la moyenne des six pays (37 %)."),
                P("En 2016, une note de l'Observatoire situait déjà la France à 37 % pour les entreprises d'au moins "
                  "10 salariés.")],
               M, H - 60, W - 2 * M)
    d.notes(["Source : enquêtes nationales harmonisées dans 6 pays, 9 612 entreprises répondantes."])
    d.end_page()
    # p2
    d.page()
    y = d.flow([P("Le regard des associations", H2), 6,
                P("Côté associations, l'écart est plus net : 46 % des associations françaises déclarent un partenariat "
                  "avec une entreprise, contre 58 % aux Pays-Bas et 31 % en Italie."),
                P("La moyenne européenne s'établit à 44 %."),
                P("En France, la question concerne environ 148 000 associations employeuses."), 4],
               M, H - 60, W - 2 * M)
    y1 = d.box([P("<b>À retenir</b>", BOX),
                P("France : 3e sur 6 pour les entreprises, 4e sur 6 pour les associations.", BOX)], M, y, CW)
    y2 = d.box([P("<b>Tendance</b>", BOX),
                P("Entre 2019 et 2023, la part française a gagné 5 points côté entreprises et 3 points côté "
                  "associations.", BOX)], X2, y, CW, bg="#f3f3f3")
    d.flow([P("En Allemagne, une entreprise partenaire soutient en moyenne 3,4 associations, contre 2,1 en France.")],
           M, min(y1, y2) - 4, W - 2 * M)
    d.end_page()
    # p3
    d.page()
    y0 = H - 60
    y = d.flow([P("Portraits de pays", H2)], M, y0, W - 2 * M)
    d.flow([P("<b>Pays-Bas.</b> Plus d'une entreprise sur deux (52 %) a un partenariat associatif ; 61 % de ces "
              "partenariats durent plus de 3 ans."),
            P("<b>Italie.</b> 24 % seulement, mais une progression de 6 points depuis 2019.")], M, y - 6, CW)
    d.flow([P("<b>Espagne.</b> Les entreprises de moins de 50 salariés y sont 19 % à avoir un partenariat, contre "
              "47 % au-delà."),
            P("<b>Méthode.</b> Enquêtes réalisées de mars à juin 2023, traitées en décembre 2024. Marge d'erreur : "
              "± 3 points par pays.")], X2, y - 6, CW)
    d.flow([P("Les données françaises peuvent être rapprochées de l'étude PHARE-Entreprises de 2015, où 81 % des "
              "dirigeants d'entreprise voyaient dans les partenariats une source d'innovation.")], M, y - 190, W - 2 * M)
    d.end_page()
    d.save()


# ---------------------------------------------------------------- 5. questionnaire Q1-Q12
def q(num, text, base, answers, note=None):
    out = [P("<b>Q%d.</b> %s (base : %s)" % (num, text, base), BODY)]
    out.append(table([[a, b] for a, b in answers], [330, 100], header=False))
    if note:
        out.append(P(note, SMALL))
    out.append(10)
    return out


def doc5():
    d = Doc("obs-s128-05-questionnaire-elus.pdf",
            lambda n: "Baromètre des coopérations locales 2024 - Résultats détaillés",
            lambda n: ("Contact : Observatoire des partenariats, 05 49 62 18 40", "page %d sur 4" % n))
    # p1
    d.page()
    y = d.flow([P("Baromètre des coopérations locales 2024", H1), 4,
                P("Enquête en ligne menée du 2 au 27 septembre 2024 auprès de 412 élus municipaux ; "
                  "résultats publiés en décembre 2024.", SUB), 12]
               + q(1, "Votre commune a-t-elle noué au moins un partenariat avec une association ou une entreprise ?",
                   "412 répondants", [("Oui", "72 %"), ("Non", "26 %"), ("Ne sait pas", "2 %")])
               + q(2, "Avec quels types de partenaires ? Plusieurs réponses possibles.",
                   "297 répondants dont la commune a au moins un partenariat",
                   [("Associations", "91 %"), ("Autres collectivités", "64 %"), ("Entreprises", "47 %"),
                    ("Fondations", "12 %")], "Total supérieur à 100 % (plusieurs réponses possibles)."),
               M, H - 60, W - 2 * M)
    d.end_page()
    # p2
    d.page()
    y = d.flow(q(3, "Quelle note globale donnez-vous à la coopération locale, de 0 à 10 ?", "412 répondants",
                 [("Note moyenne", "6,4/10"), ("Part des notes de 9 ou 10", "10 %")])
               + q(4, "Depuis combien de temps dure votre partenariat le plus ancien ?", "297 répondants",
                   [("Moins de 2 ans", "18 %"), ("De 2 à 5 ans", "43 %"), ("Plus de 5 ans", "39 %")])
               + q(5, "Diriez-vous que votre territoire est en mouvement ?", "412 répondants",
                   [("Oui", "88 %"), ("Non", "12 %")],
                   "Pour mémoire, l'étude IMPACTS &amp; TRAJECTOIRES menée auprès de 302 maires en 2024 donnait 91 %."),
               M, H - 60, W - 2 * M)
    d.end_page()
    # p3
    d.page()
    y = d.flow(q(6, "Quels sont les principaux freins aux partenariats ? 3 réponses maximum.", "412 répondants",
                 [("Manque de temps", "58 %"), ("Manque de financement", "54 %"),
                  ("Méconnaissance des acteurs", "41 %"), ("Absence d'interlocuteur identifié", "23 %")])
               + q(7, "Disposez-vous d'un agent dédié aux partenariats ?",
                   "120 répondants de communes de moins de 3 500 habitants", [("Oui", "9 %"), ("Non", "91 %")])
               + q(8, "Êtes-vous d'accord avec l'affirmation « il existe un besoin d'alliance sur mon territoire » ?",
                   "412 répondants",
                   [("D'accord", "89 %"), ("dont tout à fait d'accord", "41 %"), ("Pas d'accord", "11 %")],
                   "Rappel : 92 % des maires exprimaient ce besoin d'alliance dans l'étude nationale de référence."),
               M, H - 60, W - 2 * M)
    d.end_page()
    # p4
    d.page()
    y = d.flow(q(9, "Combien de partenaires actifs compte votre commune ?", "297 répondants",
                 [("Nombre moyen de partenaires", "3,2"), ("1 partenaire", "21 %"), ("2 à 4 partenaires", "52 %"),
                  ("5 partenaires ou plus", "27 %")])
               + q(10, "Quel budget votre commune a-t-elle consacré aux partenariats en 2024 ?", "412 répondants",
                   [("Montant médian", "4 500 €"), ("Communes de plus de 10 000 habitants, montant médian", "38 000 €")])
               + q(11, "Souhaitez-vous être accompagné pour développer vos partenariats ?", "412 répondants",
                   [("Oui", "67 %"), ("Non", "33 %")])
               + q(12, "Recommanderiez-vous la démarche à un autre élu ?", "412 répondants",
                   [("Oui", "78 %"), ("Non", "22 %")]),
               M, H - 60, W - 2 * M)
    d.end_page()
    d.save()


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        f()
    print("ok")
