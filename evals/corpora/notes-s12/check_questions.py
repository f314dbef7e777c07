#!/usr/bin/env python3
"""Check questions.jsonl: keys, kinds, ids, follows, and must_contain strings on the stated page
(pypdf text, whitespace collapsed). PDFs: this folder (obs-s12-*) and /work/shared/realworld-pdfs/."""
import json, os, re, sys
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQ = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
OPT = {"follows"}
_cache = {}


def pages(src):
    if src not in _cache:
        p = os.path.join(HERE, src) if src.startswith("obs-") else os.path.join(REAL, src)
        r = pypdf.PdfReader(p)
        _cache[src] = [re.sub(r"\s+", " ", pg.extract_text() or "") for pg in r.pages]
    return _cache[src]


def main():
    errs = []
    seen = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    for q in rows:
        qid = q.get("id", "?")
        for k in REQ:
            if k not in q:
                errs.append(f"{qid}: missing key {k}")
        extra = set(q) - set(REQ) - OPT
        if extra:
            errs.append(f"{qid}: unexpected keys {extra}")
        if not re.fullmatch(r"s12\d{2}", str(qid)):
            errs.append(f"{qid}: bad id")
        if qid in seen:
            errs.append(f"{qid}: duplicate id")
        if q.get("kind") not in KINDS:
            errs.append(f"{qid}: bad kind {q.get('kind')}")
        if "follows" in q and q["follows"] not in seen:
            errs.append(f"{qid}: follows {q['follows']} is not an earlier id")
        seen.append(qid)
        if q.get("kind") == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or q.get("must_contain") or q.get("answer"):
                errs.append(f"{qid}: unanswerable must have null source/page, empty must_contain/answer")
            continue
        if not q.get("must_contain"):
            errs.append(f"{qid}: empty must_contain")
            continue
        try:
            pg = pages(q["source"])
        except Exception as e:  # noqa
            errs.append(f"{qid}: cannot read {q['source']}: {e}")
            continue
        n = q["page"]
        if not isinstance(n, int) or not 1 <= n <= len(pg):
            errs.append(f"{qid}: page {n} out of range")
            continue
        text = pg[n - 1]
        for m in q["must_contain"]:
            if re.sub(r"\s+", " ", m) not in text:
                errs.append(f"{qid}: '{m}' not on page {n} of {q['source']}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(rows)} questions, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
