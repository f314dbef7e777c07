# -*- coding: utf-8 -*-
"""Check the set-N gold items against the PDFs and write figures-n.jsonl / not_figures-n.jsonl.

Run: /work/main/.venv/bin/python build_n.py

Checks (any failure is an error, the files are written only when there are 0 errors):
- the file exists, the page is a valid 1-based PDF page index;
- `sentence` (whitespace collapsed) occurs in the pypdf text of that page (whitespace collapsed);
- `text` occurs in `sentence`, not glued to another digit;
- `value` matches `text` (digits, decimal comma, thousands spaces, M€ / million, /10, ans, number words);
- `unit` is one of the six units and agrees with `text` (or the item carries `unit_from_title`);
- actor / actor_source are consistent; number words carry the `number_in_words` case;
- coverage: every digit and every number word printed on every page belongs to exactly one item
  (a figure or a non-figure), so the set is exhaustive.
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items_n import FIG, NON  # noqa: E402

UNITS = {"%", "/10", "count", "people", "€", "years"}
SOURCES = {"sentence", "context", "table", None}
WHY = {"year", "date", "page number", "footnote", "ordinal", "other", "threshold"}
WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
         "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
         "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
         "million": 10 ** 6, "millions": 10 ** 6, "milliard": 10 ** 9, "milliards": 10 ** 9}
FRACTION_WORDS = {"la moitié": 50, "moitié": 50, "tiers": None, "quart": None}
WORD_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(list(WORDS) + ["moitié", "tiers", "quart"], key=len,
                                                       reverse=True)) + r")(?![\w-])", re.I)


def collapse(s):
    return " ".join(s.split())


def page_texts(fname):
    r = pypdf.PdfReader(os.path.join(HERE, fname))
    return [collapse(p.extract_text() or "") for p in r.pages]


def parse_value(text, unit):
    t = text.strip()
    low = t.lower()
    if low in FRACTION_WORDS:
        return FRACTION_WORDS[low]
    for w, v in WORDS.items():
        if low == w or low.startswith(w + " "):
            rest = low[len(w):].strip()
            if rest in ("", "ans"):
                return v
    mult = 1
    if "m€" in low or "million" in low:
        mult = 10 ** 6
    if "/10" in t:
        t = t.split("/10")[0]
    m = re.match(r"^\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?", t)
    if not m:
        raise ValueError("no number in text %r" % text)
    num = float(re.sub(r"\D", "", m.group(1)) + ("." + m.group(2) if m.group(2) else ""))
    return num * mult


def find_span(sentence, text, taken):
    """First occurrence of text in sentence, not glued to a digit, not overlapping a taken span."""
    start = 0
    while True:
        i = sentence.find(text, start)
        if i < 0:
            return None
        j = i + len(text)
        before = sentence[i - 1] if i > 0 else " "
        after = sentence[j] if j < len(sentence) else " "
        glued = (text[0].isdigit() and before.isdigit()) or (text[-1].isdigit() and after.isdigit())
        if text[0].isalpha() and before.isalpha():
            glued = True
        if text[-1].isalpha() and after.isalpha():
            glued = True
        if not glued and not any(a < j and i < b for a, b in taken):
            return i, j
        start = i + 1


def main():
    errors = []
    warnings = []
    texts = {}
    files = sorted({it["file"] for it in FIG + NON})
    for fn in files:
        if not os.path.exists(os.path.join(HERE, fn)):
            errors.append("missing PDF %s" % fn)
            continue
        texts[fn] = page_texts(fn)
    if errors:
        print("\n".join(errors))
        return 1

    taken = collections.defaultdict(list)  # (file, page) -> spans in page text
    placed = []

    def place(kind, it):
        fn, pg = it["file"], it["page"]
        if not (1 <= pg <= len(texts[fn])):
            errors.append("%s %s p%s: bad page" % (kind, fn, pg))
            return
        ptxt = texts[fn][pg - 1]
        sent = it["sentence"]
        if sent != collapse(sent):
            errors.append("%s %s p%s: sentence not whitespace-collapsed: %r" % (kind, fn, pg, sent))
        k = ptxt.find(sent)
        if k < 0:
            errors.append("%s %s p%s: sentence not on page: %r" % (kind, fn, pg, sent))
            return
        # spans already taken inside this sentence (relative coordinates)
        rel = [(a - k, b - k) for a, b in taken[(fn, pg)] if a >= k and b <= k + len(sent)]
        sp = find_span(sent, it["text"], rel)
        if sp is None:
            errors.append("%s %s p%s: text %r not (freely) in sentence %r" % (kind, fn, pg, it["text"], sent))
            return
        a, b = sp[0] + k, sp[1] + k
        taken[(fn, pg)].append((a, b))
        placed.append((fn, pg, a, kind, it))

    # longer texts first so that e.g. « mai-juin 2016 » is placed before « 2016 »
    order = sorted([("fig", it) for it in FIG] + [("non", it) for it in NON],
                   key=lambda x: -len(x[1]["text"]))
    for kind, it in order:
        place(kind, it)

    # ---- field checks
    seen = collections.Counter()
    for it in FIG:
        tag = "%s p%s %r" % (it["file"], it["page"], it["text"])
        for k in ("file", "page", "text", "value", "unit", "noun", "actor", "actor_source", "measure", "year",
                  "sentence", "cases"):
            if k not in it:
                errors.append("fig %s: missing field %s" % (tag, k))
        if it["unit"] not in UNITS:
            errors.append("fig %s: bad unit %r" % (tag, it["unit"]))
        try:
            v = parse_value(it["text"], it["unit"])
            if v is None or abs(v - it["value"]) > 1e-9:
                errors.append("fig %s: value %r does not match text (parsed %r)" % (tag, it["value"], v))
        except ValueError as e:
            errors.append("fig %s: %s" % (tag, e))
        t = it["text"]
        u = it["unit"]
        words = bool(re.match(r"^[^\d]+$", t))
        if words and "number_in_words" not in it["cases"]:
            errors.append("fig %s: number in words without the number_in_words case" % tag)
        if u == "%" and "%" not in t and not (words or "unit_from_title" in it["cases"]):
            errors.append("fig %s: unit %% but no %% in text" % tag)
        if u == "/10" and "/10" not in t and "unit_from_title" not in it["cases"]:
            errors.append("fig %s: unit /10 but no /10 in text" % tag)
        if u == "years" and not t.endswith("ans"):
            errors.append("fig %s: unit years but text has no « ans »" % tag)
        if u == "€" and not ("€" in t or "euros" in t):
            errors.append("fig %s: unit € but no currency in text" % tag)
        if u in ("count", "people") and ("%" in t or "€" in t):
            errors.append("fig %s: count with a %% or € sign" % tag)
        if it["actor_source"] not in SOURCES:
            errors.append("fig %s: bad actor_source %r" % (tag, it["actor_source"]))
        if (it["actor"] is None) != (it["actor_source"] is None):
            errors.append("fig %s: actor / actor_source mismatch" % tag)
        if it["actor_source"] == "sentence" and it["actor"] and \
                it["actor"].split()[0].lower()[:6] not in it["sentence"].lower() and \
                "ellipsis" not in it["cases"]:
            warnings.append("fig %s: actor %r not visible in sentence" % (tag, it["actor"]))
        if not isinstance(it["year"], (int, str, type(None))):
            errors.append("fig %s: bad year %r" % (tag, it["year"]))
        if not it["cases"]:
            errors.append("fig %s: no cases" % tag)
        seen[(it["file"], it["page"], it["value"], it["unit"])] += 1
    for it in NON:
        tag = "%s p%s %r" % (it["file"], it["page"], it["text"])
        if set(it) != {"file", "page", "text", "sentence", "why"}:
            errors.append("non %s: bad fields %s" % (tag, sorted(it)))
        if it["why"] not in WHY:
            errors.append("non %s: bad why %r" % (tag, it["why"]))
        if not re.search(r"\d", it["text"]):
            errors.append("non %s: no digit in text" % tag)
    dups = {k: c for k, c in seen.items() if c > 1}

    # ---- exhaustiveness: every digit and number word of every page is covered by one item
    for fn in files:
        for pg, ptxt in enumerate(texts[fn], 1):
            spans = taken[(fn, pg)]
            for m in re.finditer(r"\d", ptxt):
                if not any(a <= m.start() < b for a, b in spans):
                    ctx = ptxt[max(0, m.start() - 40):m.start() + 40]
                    errors.append("uncovered digit %s p%d: …%s…" % (fn, pg, ctx))
            for m in WORD_RE.finditer(ptxt):
                if not any(a <= m.start() < b for a, b in spans):
                    ctx = ptxt[max(0, m.start() - 40):m.start() + 40]
                    errors.append("uncovered number word %s p%d: …%s…" % (fn, pg, ctx))
            spans_sorted = sorted(spans)
            for (a1, b1), (a2, b2) in zip(spans_sorted, spans_sorted[1:]):
                if a2 < b1:
                    errors.append("overlapping items %s p%d at %d" % (fn, pg, a2))

    for w in warnings:
        print("warning:", w)
    if errors:
        print("\n".join(errors))
        print("%d errors" % len(errors))
        return 1

    # ---- write, in reading order
    placed.sort(key=lambda x: (x[0], x[1], x[2]))
    figs = [it for fn, pg, a, kind, it in placed if kind == "fig"]
    nons = [it for fn, pg, a, kind, it in placed if kind == "non"]
    with open(os.path.join(HERE, "figures-n.jsonl"), "w", encoding="utf-8") as fh:
        for it in figs:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "not_figures-n.jsonl"), "w", encoding="utf-8") as fh:
        for it in nons:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")

    # ---- counts
    print("figures: %d   non-figures: %d" % (len(figs), len(nons)))
    print("units:", dict(collections.Counter(it["unit"] for it in figs).most_common()))
    print("actor_source:", dict(collections.Counter(str(it["actor_source"]) for it in figs).most_common()))
    print("with year:", sum(1 for it in figs if it["year"] is not None))
    print("why:", dict(collections.Counter(it["why"] for it in nons).most_common()))
    print("cases:", dict(collections.Counter(c for it in figs for c in it["cases"]).most_common()))
    per = collections.OrderedDict()
    for fn in files:
        per[fn] = (sum(1 for it in figs if it["file"] == fn), sum(1 for it in nons if it["file"] == fn),
                   len(texts[fn]))
    for fn, (a, b, p) in per.items():
        print("%-50s pages %d  figures %3d  non-figures %3d" % (fn, p, a, b))
    print("same (file, page, value, unit) for distinct figures:",
          sorted("%s p%d %s %s" % (k[0][:9], k[1], k[2], k[3]) for k in dups))
    print("0 errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
