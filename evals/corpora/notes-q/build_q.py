# -*- coding: utf-8 -*-
"""Check every set-Q item against the pypdf text of the PDFs and write figures-q.jsonl / not_figures-q.jsonl.

Run:  /work/main/.venv/bin/python build_q.py

Checks, per item:
  - the file exists and the 1-based page is in range;
  - `sentence` (whitespace collapsed) occurs exactly once in the collapsed pypdf text of that page;
  - `text` occurs in `sentence` as a whole token (not inside a longer number or word), exactly once unless
    `occurrence` says which one;
  - figures: `value` equals the number parsed from `text` (French separators, M€/million multipliers,
    numbers in words), `unit` is allowed, required fields are present, `number_in_words` is tagged iff the
    text is a word, `also_printed_as` sentences are on the same page and contain the figure;
  - no two figures share (file, page, value, unit);
  - no item is listed twice;
  - coverage: every digit run and every French number word on every page lies inside the `text` of some
    figure or non-figure (this is how "every figure, every non-figure" is checked).
Exit code 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_q  # noqa: E402

UNITS = {"%", "/10", "count", "people", "€", "years"}
ACTOR_SOURCES = {"sentence", "context", "table", None}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "scale", "threshold", "other"}
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "actor_source", "measure", "year",
            "sentence", "cases"]
NF_KEYS = ["file", "page", "text", "sentence", "why"]

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
# number words a page may not contain unless an item covers them ("un"/"une" are articles and are not scanned)
SCAN_WORDS = re.compile(
    r"(?<![\w])(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|premi(?:er|ère)s?|deuxième|"
    r"troisième|quatrième|cinquième|second(?:e)?|moitié|tiers|quart|double|triple)(?![\w])", re.I)

errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return " ".join(s.split())


def page_texts():
    out = {}
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            r = pypdf.PdfReader(os.path.join(HERE, f))
            out[f] = [collapse(p.extract_text()) for p in r.pages]
    return out


def token_positions(hay, needle):
    """Positions where needle occurs in hay as a whole token."""
    pos = []
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return pos
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        ok = True
        if needle[0].isdigit() and before.isdigit():
            ok = False
        if needle[0].isalpha() and before.isalpha():
            ok = False
        if needle[-1].isdigit() and (after.isdigit() or (after in ",." and hay[i + len(needle) + 1:i + len(needle) + 2].isdigit())):
            ok = False
        if needle[-1].isalpha() and after.isalpha():
            ok = False
        if ok:
            pos.append(i)
        start = i + 1


def parse_value(text):
    t = text.strip()
    low = t.lower()
    first = low.split()[0]
    if first in WORDS:  # number written in words
        v = WORDS[first]
        if "million et demi" in low:
            return int(v * 1_500_000)
        if "million" in low:
            return v * 1_000_000
        return v
    m = re.match(r"(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?", t)
    if not m:
        raise ValueError("no number in %r" % text)
    integer = int(re.sub(r"[ .]", "", m.group(1)))
    v = float("%d.%s" % (integer, m.group(2))) if m.group(2) else integer
    rest = t[m.end():].lower()
    if "m€" in rest or "million" in rest:
        v = v * 1_000_000
    elif "k€" in rest:
        v = v * 1000
    elif "milliard" in rest:
        v = v * 1_000_000_000
    if isinstance(v, float) and v.is_integer() and not m.group(2):
        v = int(v)
    return v


def locate(texts, item, kind):
    """Return (start, end) of item's text inside its page, or None."""
    f, p, s, t = item["file"], item["page"], item["sentence"], item["text"]
    tag = "%s %s p%s %r in %r" % (kind, f, p, t, s[:70])
    if f not in texts:
        err("%s: no such file" % tag)
        return None
    if not (1 <= p <= len(texts[f])):
        err("%s: page out of range" % tag)
        return None
    page = texts[f][p - 1]
    if s != collapse(s):
        err("%s: sentence not whitespace-collapsed" % tag)
    n = page.count(s)
    if n == 0:
        err("%s: sentence not on page" % tag)
        return None
    if n > 1:
        err("%s: sentence occurs %d times on page" % (tag, n))
    s0 = page.find(s)
    pos = token_positions(s, t)
    if not pos:
        err("%s: text not in sentence (as a token)" % tag)
        return None
    occ = item.get("occurrence")
    if occ is None:
        if len(pos) > 1:
            err("%s: text occurs %d times in sentence, give occurrence" % (tag, len(pos)))
        i = pos[0]
    else:
        if occ > len(pos):
            err("%s: occurrence %d > %d" % (tag, occ, len(pos)))
            return None
        i = pos[occ - 1]
    return (s0 + i, s0 + i + len(t))


def main():
    texts = page_texts()
    covered = {f: [[] for _ in pages] for f, pages in texts.items()}
    figs, nfs = items_q.FIGURES, items_q.NOT_FIGURES

    # ---- figures
    seen_keys = Counter()
    seen_items = Counter()
    order = []
    for it in figs:
        for k in FIG_KEYS:
            if k not in it:
                err("figure %r: missing %s" % (it.get("text"), k))
        if it["unit"] not in UNITS:
            err("figure %r: bad unit %r" % (it["text"], it["unit"]))
        if it["actor_source"] not in ACTOR_SOURCES:
            err("figure %r: bad actor_source %r" % (it["text"], it["actor_source"]))
        if (it["actor"] is None) != (it["actor_source"] is None):
            err("figure %r p%s: actor / actor_source mismatch" % (it["text"], it["page"]))
        if not it["measure"] or not it["cases"]:
            err("figure %r: empty measure or cases" % it["text"])
        try:
            v = parse_value(it["text"])
            if abs(float(v) - float(it["value"])) > 1e-9:
                err("figure %r p%s: value %r != parsed %r" % (it["text"], it["page"], it["value"], v))
        except ValueError as e:
            err("figure: %s" % e)
        is_word = it["text"].strip().split()[0].lower() in WORDS
        if is_word != ("number_in_words" in it["cases"]):
            err("figure %r p%s: number_in_words tag mismatch" % (it["text"], it["page"]))
        span = locate(texts, it, "figure")
        if span:
            covered[it["file"]][it["page"] - 1].append(span)
            order.append((it["file"], it["page"], span[0], "F", it))
        key = (it["file"], it["page"], float(it["value"]), it["unit"])
        seen_keys[key] += 1
        seen_items[(it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence"))] += 1
        for alt in it.get("also_printed_as", []):
            a = dict(it, sentence=alt)
            a.pop("occurrence", None)
            sp = locate(texts, a, "also_printed_as")
            if sp:
                covered[it["file"]][it["page"] - 1].append(sp)
    for k, n in seen_keys.items():
        if n > 1:
            err("duplicate figure key %r (%d items)" % (k, n))

    # ---- non-figures
    for it in nfs:
        for k in NF_KEYS:
            if k not in it:
                err("non-figure %r: missing %s" % (it.get("text"), k))
        if it["why"] not in WHYS:
            err("non-figure %r: bad why %r" % (it["text"], it["why"]))
        span = locate(texts, it, "non-figure")
        if span:
            covered[it["file"]][it["page"] - 1].append(span)
            order.append((it["file"], it["page"], span[0], "N", it))
        seen_items[(it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence"))] += 1
    for k, n in seen_items.items():
        if n > 1:
            err("item listed %d times: %r" % (n, k))

    # ---- coverage of every number on every page
    for f, pages in texts.items():
        for pi, page in enumerate(pages):
            spans = covered[f][pi]

            def inside(a, b):
                return any(s <= a and b <= e for s, e in spans)
            for m in re.finditer(r"\d+", page):
                if not inside(m.start(), m.end()):
                    err("uncovered number %s p%d: %r in ...%s..." % (f, pi + 1, m.group(),
                                                                      page[max(0, m.start() - 40):m.end() + 40]))
            for m in SCAN_WORDS.finditer(page):
                if not inside(m.start(), m.end()):
                    err("uncovered number word %s p%d: %r in ...%s..." % (
                        f, pi + 1, m.group(), page[max(0, m.start() - 40):m.end() + 40]))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)

    # ---- write, in page order
    order.sort(key=lambda x: (x[0], x[1], x[2]))
    with open(os.path.join(HERE, "figures-q.jsonl"), "w", encoding="utf-8") as fh:
        for f, p, pos, kind, it in order:
            if kind == "F":
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "not_figures-q.jsonl"), "w", encoding="utf-8") as fh:
        for f, p, pos, kind, it in order:
            if kind == "N":
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")

    # ---- summary
    print("0 errors")
    print("documents:", len(texts), " pages:", sum(len(v) for v in texts.values()))
    print("figures:", len(figs), " in words:", sum("number_in_words" in f["cases"] for f in figs),
          " non-figures:", len(nfs))
    print("per file:")
    for f in sorted(texts):
        print("  %s  pages %d  figures %d  non-figures %d" % (
            f, len(texts[f]), sum(x["file"] == f for x in figs), sum(x["file"] == f for x in nfs)))
    print("units:", dict(Counter(f["unit"] for f in figs).most_common()))
    print("actor_source:", dict(Counter(str(f["actor_source"]) for f in figs).most_common()))
    print("with year:", sum(f["year"] is not None for f in figs), " year null:",
          sum(f["year"] is None for f in figs), " year_alt:", sum("year_alt" in f for f in figs))
    print("also_printed_as:", sum("also_printed_as" in f for f in figs))
    print("cases:", dict(Counter(c for f in figs for c in f["cases"]).most_common()))
    print("why:", dict(Counter(n["why"] for n in nfs).most_common()))


if __name__ == "__main__":
    main()
