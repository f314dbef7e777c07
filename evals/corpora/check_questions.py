#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie un jeu de questions aveugle (questions.jsonl).

Usage :
  python check_questions.py CHEMIN/questions.jsonl [--prefix sNN] [--pdf-dir DIR ...]

Par defaut, les PDF sont cherches dans le dossier du fichier questions.jsonl puis dans
/work/shared/realworld-pdfs. Le prefixe par defaut est deduit du nom du dossier
(notes-sNN -> sNN).

Controles :
  - chaque ligne est un objet JSON avec les cles obligatoires id, question, answer,
    must_contain, source, page, kind ; cles facultatives also, follows ; aucune autre ;
  - kind dans {figure, when, who, list, definition, unanswerable} ;
  - id unique, de la forme <prefixe><2 chiffres> ;
  - follows pointe vers un id anterieur du fichier ;
  - unanswerable : must_contain == [], source et page a null, pas de also ;
  - sinon : must_contain liste non vide de chaines non vides, source = fichier PDF existant,
    page = entier 1-based dans les bornes, et chaque chaine presente sur la page (texte pypdf
    normalise : casse, accents, apostrophes et blancs replies ; espace avant % et EUR et
    separateurs de milliers ignores) ; idem pour chaque entree de also.
Sortie : la liste des erreurs puis un resume ; code de retour 1 s'il y a au moins une erreur.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

KINDS = {'figure', 'when', 'who', 'list', 'definition', 'unanswerable'}
REQUIRED = ['id', 'question', 'answer', 'must_contain', 'source', 'page', 'kind']
OPTIONAL = ['also', 'follows']


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\u2019\u2018\u02bc\u0060\u00b4\u2032']", "'", s)
    s = re.sub(r'[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?<=\d) (?=\d)', '', s)      # separateurs de milliers
    s = re.sub(r' (?=[%\u20ac])', '', s)      # espace avant % et EUR
    return s.strip()


_cache = {}


def page_texts(path):
    if path not in _cache:
        import pypdf
        r = pypdf.PdfReader(path)
        _cache[path] = [norm(p.extract_text() or '') for p in r.pages]
    return _cache[path]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('questions')
    ap.add_argument('--prefix')
    ap.add_argument('--pdf-dir', action='append', default=None)
    a = ap.parse_args()
    qdir = os.path.dirname(os.path.abspath(a.questions))
    prefix = a.prefix
    if not prefix:
        m = re.search(r'notes-(s\d+)', qdir)
        prefix = m.group(1) if m else ''
    dirs = a.pdf_dir or [qdir, '/work/shared/realworld-pdfs']

    def find(src):
        for d in dirs:
            p = os.path.join(d, src)
            if os.path.isfile(p):
                return p
        return None

    errors = []
    seen = []
    counts = {}
    n = 0
    with open(a.questions, encoding='utf-8') as fh:
        lines = fh.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            errors.append('ligne %d : ligne vide' % ln)
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append('ligne %d : JSON invalide (%s)' % (ln, e))
            continue
        n += 1
        qid = q.get('id', '?line%d' % ln)
        for k in REQUIRED:
            if k not in q:
                errors.append('%s : cle manquante %s' % (qid, k))
        for k in q:
            if k not in REQUIRED and k not in OPTIONAL:
                errors.append('%s : cle inattendue %s' % (qid, k))
        if not re.fullmatch(re.escape(prefix) + r'\d{2}', str(qid)):
            errors.append('%s : id hors format %sNN' % (qid, prefix))
        if qid in seen:
            errors.append('%s : id en double' % qid)
        for k in ('question', 'answer'):
            if not isinstance(q.get(k), str) or not q.get(k, '').strip():
                errors.append('%s : %s vide ou non textuel' % (qid, k))
        kind = q.get('kind')
        if kind not in KINDS:
            errors.append('%s : kind invalide %r' % (qid, kind))
        counts[kind] = counts.get(kind, 0) + 1
        if 'follows' in q and q['follows'] not in seen:
            errors.append('%s : follows=%r ne pointe pas vers un id anterieur' % (qid, q['follows']))
        mc = q.get('must_contain')
        if kind == 'unanswerable':
            if mc != []:
                errors.append('%s : unanswerable avec must_contain non vide' % qid)
            if q.get('source') is not None or q.get('page') is not None:
                errors.append('%s : unanswerable avec source/page non null' % qid)
            if 'also' in q:
                errors.append('%s : unanswerable avec also' % qid)
        else:
            if not isinstance(mc, list) or not mc or not all(isinstance(x, str) and x.strip() for x in mc):
                errors.append('%s : must_contain doit etre une liste non vide de chaines' % qid)
                mc = []
            places = [(q.get('source'), q.get('page'))]
            also = q.get('also', [])
            if not isinstance(also, list):
                errors.append('%s : also doit etre une liste' % qid)
                also = []
            for e in also:
                if not isinstance(e, dict) or set(e) != {'source', 'page'}:
                    errors.append('%s : entree also invalide %r' % (qid, e))
                    continue
                places.append((e['source'], e['page']))
            for i, (src, pg) in enumerate(places):
                where = 'page principale' if i == 0 else 'also[%d]' % (i - 1)
                if not isinstance(src, str):
                    errors.append('%s : source invalide (%s)' % (qid, where))
                    continue
                path = find(src)
                if not path:
                    errors.append('%s : fichier introuvable %s (%s)' % (qid, src, where))
                    continue
                texts = page_texts(path)
                if not isinstance(pg, int) or isinstance(pg, bool) or not 1 <= pg <= len(texts):
                    errors.append('%s : page %r hors bornes 1..%d pour %s (%s)' % (qid, pg, len(texts), src,
                                                                                   where))
                    continue
                for s in mc:
                    if norm(s) not in texts[pg - 1]:
                        errors.append('%s : %r absent de %s p.%d (%s)' % (qid, s, src, pg, where))
        seen.append(qid)

    for e in errors:
        print('ERREUR', e)
    print('%d question(s) ; kinds : %s' % (n, ', '.join('%s=%d' % (k, counts[k]) for k in sorted(counts,
                                                                                          key=str))))
    print('%d erreur(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
