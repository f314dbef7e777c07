# Vérifie que les questions "paraphrases" ne reprennent aucun mot plein (radical de 5 lettres)
# de la phrase du PDF qui porte la réponse (phrase copiée du texte pypdf de la page source).
import json, re, sys, unicodedata
sys.path.insert(0,'/work/blind/brief')
from check_questions import norm, page_texts
STOP=set("""le la les l un une des de du d et ou a au aux en dans sur pour par avec sans ce cet cette ces
qui que quoi quel quelle quels quelles qu est sont ete etait etaient a ont avait il elle ils elles on
se sa son ses leur leurs y ne pas plus moins tres tout toute tous toutes c ca combien quand comment
donc au juste dit veut dire faire fait entre deja apres avant vers chez celle celui ceux eux lui
the quoi part""".split())
def words(s):
    s=norm(s); s=re.sub(r"[^a-z0-9' -]"," ",s).replace("'"," ").replace("-"," ")
    return {w for w in s.split() if w not in STOP and not w.isdigit() and len(w)>2}
def stem(w): return w[:5]
PDF='/work/blind/demo-corpus/'
P={ 'd8404':"Au premier rang des partenaires figurent les collectivités locales ou territoriales, avec lesquelles 89 % des associations employeuses entretiennent un partenariat.",
 'd8409':"Le Fonds bénéficie d’une dotation de 1,5 M€ pour une expérimentation sur 3 ans.",
 'd8411':"Pour passer de l’intention à la pratique, Le RAMEAU propose une grille simple, baptisée M.E.D.O.C., pour Méthodes, Exemples, Données, Outils et Compétences.",
 'd8412':"Les entreprises n’occupent que la quatrième place : 28 % des associations ont un partenariat avec une entreprise.",
 'd8417':"Pour 91 % des maires interrogés, leur territoire est en mouvement. Dans le détail, 35 % estiment qu’il est fortement en mouvement ; les autres le jugent en mouvement, mais « ni plus ni moins ».",
 'd8422':"L’emploi est l’enjeu jugé le plus important, avec une note de 7,1/10.",
 'd8424':"selon l’étude ARPEA Entreprises & Territoires de janvier 2011, 21 % des entreprises développent des partenariats avec des associations.",
 'd8428':"Une fondation abritée n’a pas de personnalité juridique propre : elle est hébergée par une fondation dite abritante, qui en assure la gestion administrative et financière.",
 'd8429':"Elle réunit 21 co-fondateurs, issus de mondes différents, qui ont choisi de s’engager ensemble au service des territoires.",
 'd8430':"Pour aider les acteurs à préparer la sortie de crise, l’Observatoire a inventorié plus de 250 données issues de ses travaux.",
 'd8431':"La première session s’est tenue le 3 mai 2018.",
 'd8434':"Elle illustre les 19 cibles de l’ODD 17, du global au local, à partir d’exemples concrets de projets portés par des États, des collectivités, des associations ou des entreprises.",
 'd8441':"Laurence Weber Directrice générale du RAMEAU",
 'd8446':"302 maires ont été interrogés par téléphone, du 30 septembre au 28 octobre 2024.",
}
Q={json.loads(l)['id']:json.loads(l) for l in open('/work/blind/demo-d84/questions.jsonl')}
ok=0
for i,sent in P.items():
    q=Q[i]; page=page_texts(PDF+q['source'])[q['page']-1]
    present = norm(sent) in page
    ov={w for w in words(q['question']) if stem(w) in {stem(x) for x in words(sent)}}
    print(i, 'phrase-sur-la-page' if present else 'PHRASE-ABSENTE', 'recouvrement:', sorted(ov) or '-')
    ok += present and not ov
print(ok, 'paraphrases valides sur', len(P))
