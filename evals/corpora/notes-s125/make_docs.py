"""Corpus fictif notes-s125 : 5 PDF « à la manière » de l'Observatoire des partenariats.
Déterministe : rl_config.invariant = 1, métadonnées vides. Usage : python make_docs.py"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
B = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, spaceAfter=6)
SM = ParagraphStyle('sm', parent=B, fontSize=8, leading=10, spaceAfter=2)
T1 = ParagraphStyle('t1', parent=B, fontName='Helvetica-Bold', fontSize=16, leading=20, spaceAfter=8)
T2 = ParagraphStyle('t2', parent=B, fontName='Helvetica-Bold', fontSize=12, leading=15, spaceBefore=6)
Q = ParagraphStyle('q', parent=B, fontName='Helvetica-Bold', spaceAfter=2, spaceBefore=4)
BIG = ParagraphStyle('big', parent=B, fontName='Helvetica-Bold', fontSize=30, leading=34, spaceAfter=3, spaceBefore=8)
LEG = ParagraphStyle('leg', parent=B, fontSize=10.5, leading=13, textColor=colors.HexColor('#333333'))
BOX = ParagraphStyle('box', parent=B, fontSize=9.5, leading=12.5, spaceAfter=3)


def build(name, story, header, footer_fmt, first_printed):
    path = os.path.join(HERE, name)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont('Helvetica', 8)
        canv.drawString(2 * cm, H - 1.3 * cm, header)
        canv.line(2 * cm, 1.6 * cm, W - 2 * cm, 1.6 * cm)
        canv.drawRightString(W - 2 * cm, 1.1 * cm, footer_fmt % (doc.page + first_printed - 1))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm,
                            title='', author='', subject='', creator='', producer='', keywords='')
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def box(paras, bg='#EEF3F8'):
    t = Table([[paras]], colWidths=[W - 4 * cm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#335577')),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8)]))
    return t


def table(rows, widths, head=True):
    t = Table(rows, colWidths=widths)
    st = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('FONT', (0, 0), (-1, -1), 'Helvetica', 9.5),
          ('ALIGN', (1, 0), (-1, -1), 'CENTER')]
    if head:
        st += [('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9.5), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDE6EE'))]
    t.setStyle(TableStyle(st))
    return t


def foot(*notes):
    out = [Spacer(1, 10), Paragraph('_' * 30, SM)]
    out += [Paragraph(n, SM) for n in notes]
    return out


P = lambda s, st=B: Paragraph(s, st)

# ---------------------------------------------------------------- 1. avis
def doc1():
    s = [P("Conseil consultatif des alliances territoriales d'Arvenne (CCAT)", SM),
         P("Avis n° 2024-03 sur les alliances entre acteurs dans les petites communes", T1),
         P("Séance plénière du 12 mars 2024 – Rapporteure : Mme Hélène Castagnède", SM),
         Spacer(1, 8),
         P("Saisi le 9 janvier 2024 par la présidente du conseil départemental, le Conseil, réuni en séance plénière "
           "avec 48 membres présents sur 61, a adopté le présent avis par 41 voix pour, 3 contre et 4 abstentions."),
         P("Considérants", T2),
         P("1. Considérant que 81 % des Français estiment que les organisations ont un « devoir d'alliance »<super>1</super>, "
           "et que 92 % des maires expriment pour leur part un « besoin d'alliance »<super>2</super> ;"),
         P("Le Conseil rappelle que la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire "
           "encadre déjà une partie de ces coopérations."),
         ] + foot("1 Le RAMEAU, « Le droit de l'alliance d'intérêt général enfin reconnu », note en ligne.",
                  "2 Ibid. ; voir aussi l'annexe 4 du présent avis.") + [PageBreak()]
    s += [P("2. Considérant que, selon l'Observatoire des partenariats, 74 % des Français, 81 % des dirigeants "
            "d'entreprise et 86 % des responsables associatifs voient dans les partenariats une source d'innovation"
            "<super>3</super> ; que les maires sont plus nombreux encore à le penser (87 %) ;"),
          P("3. Considérant que 76 % des maires jugent leur territoire engagé, mais que 46 % d'entre eux déclarent "
            "ne pas savoir piloter ces alliances<super>3</super> ;"),
          P("4. Considérant qu'en Arvenne, les 212 communes de moins de 3 500 habitants regroupent 38 % de la "
            "population départementale, et que seules 27 d'entre elles disposent d'un référent « partenariats »"
            "<super>4</super> ;"),
          ] + foot("3 Observatoire des partenariats, programme IMPACT (2018-2022), volet « Innovation ».",
                   "4 Direction départementale des territoires d'Arvenne, recensement au 1er janvier 2024.") + [PageBreak()]
    s += [P("5. Considérant que le fonds départemental d'amorçage, doté de 1,2 M€ en 2023, n'a financé que 19 projets "
            "sur les 57 déposés ;"),
          P("6. Considérant enfin que le rapport quinquennal de 2012 relevait déjà que 84 % des Français jugeaient "
            "urgent de créer des partenariats, contre 86 % lors de la première vague de 2008<super>5</super> ;"),
          P("Recommandations", T2),
          P("Recommandation 1 – Doubler d'ici 2026 le nombre de communes dotées d'un référent, pour atteindre au "
            "moins 54 communes."),
          P("Recommandation 2 – Porter la dotation du fonds à 2,5 millions d'euros sur trois ans, dont 400 000 € "
            "réservés aux projets d'associations de moins de 5 salariés."),
          ] + foot("5 Observatoire national des partenariats, rapport quinquennal ARPEA, 11 décembre 2012.") + [PageBreak()]
    s += [P("Recommandation 3 – Former chaque année 150 élus et agents territoriaux à la conduite d'alliances."),
          P("Recommandation 4 – Publier chaque automne un bilan public des partenariats soutenus."),
          P("Recommandation 5 – Réserver 7 des 21 sièges du futur comité de suivi à des habitants tirés au sort."),
          P("Annexe 2 – Composition du Conseil au 12 mars 2024", T2),
          table([["Collège", "Sièges", "Présents le 12 mars"],
                 ["Élus", "15", "12"], ["Entreprises", "14", "10"],
                 ["Associations", "18", "15"], ["Personnalités qualifiées", "14", "11"]],
                [7 * cm, 3 * cm, 5 * cm]),
          Spacer(1, 14),
          P("CCAT – Hôtel du Département, 2 place des Tilleuls, 43170 Vernasque – Secrétariat : 04 71 52 36 90", SM)]
    build('obs-s125-01-avis.pdf', s, "CCAT – Avis n° 2024-03 – adopté le 12 mars 2024", "Page %d", 3)


# ---------------------------------------------------------------- 2. FAQ
def doc2():
    qa = lambda q, a: [P(q, Q), P(a)]
    s = [P("Maison de la vie associative d'Arvenne – Fiche FAQ n° 12", SM),
         P("Associations et partenariats : vos questions, nos réponses", T1),
         P("Mise à jour du 5 février 2025", SM), Spacer(1, 6)]
    s += qa("Combien d'associations employeuses compte-t-on en France ?",
            "Environ 148 000, d'après l'étude IMPACT – Associations &amp; Territoires de l'Observatoire des partenariats.")
    s += qa("Quelle part d'entre elles a noué au moins un partenariat ?", "98 %. Presque toutes, donc.")
    s += qa("Avec qui les associations employeuses s'allient-elles le plus souvent ?",
            "Avec les collectivités (89 %), puis les structures d'intérêt général (73 %) et les établissements scolaires (70 %).")
    s += qa("Et avec les entreprises ?",
            "Dans l'enquête Associations &amp; Partenariats, menée en mai-juin 2016 auprès de plus de 1 380 responsables "
            "associatifs, 28 % seulement citaient une entreprise parmi leurs partenaires.")
    s += [PageBreak()]
    s += qa("Les petites associations sont-elles moins concernées ?",
            "Oui : la moitié des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, "
            "contre une sur cinq pour celles de moins de 10 000 €.")
    s += qa("Combien de partenaires ont-elles en moyenne ?", "2,5 partenaires, selon la même enquête de 2016.")
    s += qa("Et les maires, qu'en pensent-ils ?",
            "Ils sont 92 % à reconnaître l'utilité de la co-construction, et 64 % des élus locaux veulent s'appuyer sur le « jouer collectif ».")
    s += qa("Les petites communes sont-elles représentées dans l'enquête la plus récente ?",
            "Largement : sur les 302 maires interrogés par téléphone du 30 septembre au 28 octobre 2024, 84 % dirigent "
            "une commune de moins de 2 000 habitants.")
    s += qa("Combien voient leur territoire bouger ?",
            "Neuf sur dix (91 %) : 35 % le voient fortement en mouvement, 56 % ni plus ni moins qu'avant.")
    s += [PageBreak()]
    s += qa("Depuis quand l'Observatoire existe-t-il ?",
            "Depuis 2008 ; certains documents anciens indiquent toutefois 2007.")
    s += qa("Combien de rapports régionaux le programme PHARE a-t-il produits ?", "Treize, publiés en 2016.")
    s += qa("Combien de Français ont été interrogés pour PHARE-Citoyens ?",
            "Plus de 2 000, en septembre 2015 ; 69 % d'entre eux estimaient alors que les organisations ont un devoir d'alliance.")
    s += qa("Quelle note donnent-ils à l'emploi comme enjeu ?",
            "7,1 sur 10, devant le pouvoir d'achat (6,6) et le développement économique (6,5).")
    s += qa("Où se renseigner ?",
            "Permanence téléphonique au 09 72 14 58 30 (du lundi au jeudi), ou 14 rue des Tanneurs, 43200 Vernasque.")
    build('obs-s125-02-faq.pdf', s, "FAQ n° 12 – Associations et partenariats – 5 février 2025", "FAQ – page %d", 2)


# ---------------------------------------------------------------- 3. lettre
def doc3():
    left = [P("Éditorial", T2),
            P("En 2024, notre collecte a atteint 3,4 M€, contre 3,1 M€ en 2023, soit une progression de près de 10 %."),
            P("Nos 4 812 donateurs ont donné en moyenne 706 €, soit 38 € de plus qu'un an plus tôt. Merci à chacune "
              "et à chacun d'eux."),
            P("– Agnès Rouvière, présidente du Réseau", SM)]
    right = [P("Chiffres clés 2024", T2),
             P("3,4 M€ collectés", BOX), P("4 812 donateurs", BOX),
             P("17 fondations abritées", BOX), P("62 projets soutenus", BOX)]
    two = Table([[left, right]], colWidths=[10.5 * cm, 6.5 * cm])
    two.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                             ('BOX', (1, 0), (1, 0), 0.8, colors.HexColor('#335577')),
                             ('BACKGROUND', (1, 0), (1, 0), colors.HexColor('#EEF3F8'))]))
    s = [P("Réseau des fondations du Val d'Arvenne", SM),
         P("La Lettre du Réseau – n° 27 – printemps 2025", T1), two, PageBreak()]
    s += [P("Dons : qui donne, et combien ?", T2),
          P("Les particuliers restent notre premier soutien : ils ont apporté 61 % de la collecte 2024, les "
            "entreprises 27 % et les fondations familiales le reste."),
          P("Parmi les 4 812 donateurs, 1 250 donnent par prélèvement mensuel ; leur don moyen annuel s'établit à 312 €."),
          P("Collecte par canal (en milliers d'euros)", Q),
          table([["Canal", "2023", "2024"], ["Dons en ligne", "820", "1 040"], ["Chèques", "1 410", "1 380"],
                 ["Legs et donations", "870", "980"]], [7 * cm, 4 * cm, 4 * cm])]
    s += [PageBreak(),
          box([P("Zoom : le Fonds ODD 17", Q),
               P("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 a été doté de 1,5 M€ "
                 "pour une expérimentation de 3 ans ; il s'appuie sur 350 « catalyseurs territoriaux ».", BOX)]),
          Spacer(1, 8),
          P("À lire : l'étude IMPACT Fondations &amp; Territoires, pour laquelle 42 fondations ont été interrogées."),
          P("Rappel : notre 1re lettre, parue au printemps 2013, comptait alors 6 fondations membres."),
          P("Agenda : assemblée générale le 24 juin 2025 à 18 h 30, salle 3 de la Maison des associations."),
          box([P("Reçu fiscal : 66 % de votre don est déductible de l'impôt sur le revenu, dans la limite de 20 % du "
                 "revenu imposable. Contact donateurs : 05 55 41 27 63.", BOX)], bg='#F6F0E4')]
    build('obs-s125-03-lettre.pdf', s, "La Lettre du Réseau n° 27 – printemps 2025", "%d", 1)


# ---------------------------------------------------------------- 4. compte rendu
def doc4():
    s = [P("Communauté de communes du Haut-Vernasque – démarche « Agir ensemble en territoire »", SM),
         P("Compte rendu de l'atelier territorial du 18 novembre 2024", T1),
         P("Diffusé le 2 décembre 2024 – extrait du registre des séances", SM), Spacer(1, 6),
         P("Participants : 64 personnes, réparties en quatre collèges."),
         table([["Collège", "Inscrits", "Présents"], ["Élus", "18", "15"], ["Entreprises", "14", "11"],
                ["Associations", "22", "20"], ["Habitants", "25", "18"]], [7 * cm, 4 * cm, 4 * cm]),
         Spacer(1, 8),
         P("Animation : Mme Odile Ferrand et M. Bastien Loubet, chargés de mission du pôle coopérations."),
         PageBreak()]
    s += [P("1. Bilan du programme 2021-2024", T2),
          P("Le programme a accompagné 23 projets, dont 9 portés conjointement par une association et une entreprise ; "
            "6 d'entre eux ont dépassé leur objectif."),
          P("Les élus rappellent que 73 % des maires du département jugeaient leur territoire engagé lors de la "
            "dernière enquête régionale (2021) ; ils étaient 68 % en 2016."),
          P("2. Délibération n° 2024-11 : création d'un fonds local de 80 000 €", T2),
          P("Vote : 51 pour, 7 contre, 6 abstentions."),
          P("Décision : adoptée. Le fonds financera au plus 10 projets par an, à hauteur de 8 000 € chacun."),
          PageBreak()]
    s += [P("3. Vote par collège sur la charte locale d'engagement", T2),
          table([["Collège", "Pour", "Contre", "Abstention"], ["Élus", "13", "1", "1"], ["Entreprises", "7", "2", "2"],
                 ["Associations", "18", "0", "2"], ["Habitants", "12", "4", "2"]], [6 * cm, 3 * cm, 3 * cm, 3 * cm]),
          Spacer(1, 8),
          P("Décision : la charte est adoptée avec 50 voix pour."),
          P("Prochaine séance : le 17 mars 2025 à 18 h, salle polyvalente de Saint-Aubrac (43290)."),
          P("Secrétaire de séance : M. Loubet – le président de séance : M. Gérard Pélissier, 1er vice-président.")]
    build('obs-s125-04-compte-rendu.pdf', s, "CC du Haut-Vernasque – atelier du 18 novembre 2024",
          "Registre des séances – page %d", 7)


# ---------------------------------------------------------------- 5. infographie
def doc5():
    def fig(big, leg, picto=None):
        return ([P(picto, SM)] if picto else []) + [P(big, BIG), P(leg, LEG)]
    s = [P("Observatoire départemental des coopérations d'Arvenne", SM),
         P("L'alliance en chiffres – infographie, édition janvier 2025", T1),
         P("1 / Les Français, les maires, les dirigeants", T2)]
    s += fig("81 %", "des Français jugent que les organisations ont un devoir d'alliance")
    s += fig("92 %", "des maires expriment un besoin d'alliance")
    s += fig("84 %", "des dirigeants d'entreprise ont envie d'alliance")
    s += fig("+ de 1 000", "exemples inspirants recensés par Le RAMEAU", "[picto : poignée de main]")
    s += fig("+ de 500", "organisations accompagnées en expérimentation depuis 2006", "[flèche montante]")
    s += [Spacer(1, 10), P("Sources : Le RAMEAU, « droit de l'alliance » ; Le RAMEAU, « qui sommes-nous ».", SM), PageBreak()]
    s += [P("2 / Les entreprises et les associations", T2)]
    s += fig("37 %", "des entreprises d'au moins 10 salariés mènent un partenariat (note de février 2016)")
    s += fig("21 %", "des entreprises développaient des partenariats en janvier 2011 ; 33 % le souhaitaient, 46 % non")
    s += fig("3 sur 4", "Français voient dans les partenariats une source d'innovation (74 % précisément)", "[picto : ampoule]")
    s += fig("2,5", "partenaires en moyenne par association (enquête 2016)")
    s += [Spacer(1, 10), P("Sources : note du 29 février 2016 ; ARPEA Entreprises &amp; Territoires ; programme IMPACT ; "
                           "Associations &amp; Partenariats.", SM), PageBreak()]
    s += [P("3 / Les territoires", T2)]
    s += fig("302", "maires interrogés à l'automne 2024 (1)")
    s += fig("91 %", "d'entre eux voient leur territoire en mouvement [flèche montante]")
    s += [P("Échelle : 0 | 25 | 50 | 75 | 100", SM)]
    s += fig("148 000", "associations employeuses, dont 98 % ont au moins un partenaire (2)")
    s += fig("11", "territoires pionniers du parcours d'expérience CGET, pendant 18 mois (3)")
    s += fig("19", "cibles pour l'ODD 17 (4)")
    s += [Spacer(1, 10), P("Sources : (1) IMPACTS &amp; TRAJECTOIRES – Élus locaux, nov. 2024 ; (2) IMPACT – "
                           "Associations &amp; Territoires ; (3) CGET et Le RAMEAU ; (4) Comité 21, note du 5 juillet.", SM)]
    build('obs-s125-05-infographie.pdf', s, "L'alliance en chiffres – janvier 2025", "%d / 3", 1)


if __name__ == '__main__':
    doc1(); doc2(); doc3(); doc4(); doc5()
