"""Check every set-M item against the PDFs and write figures-m.jsonl / not_figures-m.jsonl.

Run: /work/main/.venv/bin/python build_m.py
Checks:
  1. each `sentence` (and each also_printed_as sentence) occurs exactly once in the whitespace-collapsed
     pypdf text of its 1-based page;
  2. `text` occurs in its sentence (not inside a longer number);
  3. `value` matches `text` (decimal comma, thousands space or dot, M€ / million, numbers in words);
  4. unit is one of the six units and agrees with the text; fields and types are valid;
  5. exhaustiveness: every digit, %, € and number word of every page is covered by exactly the items
     (figures, their also_printed_as, non-figures) -- nothing is left unannotated, nothing is claimed twice.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items_m import FIG, NON  # noqa: E402

UNITS = {"%", "/10", "count", "people", "€", "years"}
SOURCES = {"sentence", "context", "table", None}
WHY = {"year", "date", "page number", "footnote", "ordinal", "other"}
WORDS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
         "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
         "mille": 1000}
# number words (and words that hide a number) that must all be covered by an item
NUMWORD_RE = re.compile(
    r"(?<![\w])(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|moitié|tiers|quart|double|triple|"
    r"dizaines?|centaines?|milliers?|premier|première|second|seconde|deuxième|troisième)(?![\w])",
    re.IGNORECASE)


def collapse(t):
    return re.sub(r"\s+", " ", t).strip()


def page_texts():
    out = {}
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".pdf"):
            r = pypdf.PdfReader(os.path.join(HERE, fn))
            out[fn] = [collapse(p.extract_text()) for p in r.pages]
    return out


def find_all(hay, needle):
    res, i = [], hay.find(needle)
    while i >= 0:
        res.append(i)
        i = hay.find(needle, i + 1)
    return res


def bounded(hay, needle):
    """Occurrences of needle not glued to a longer number."""
    res = []
    for i in find_all(hay, needle):
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        if needle[0].isdigit() and (before.isdigit() or (before in ",." and i > 1 and hay[i - 2].isdigit())):
            continue
        if needle[-1].isdigit() and (after.isdigit() or (after in ",." and i + len(needle) + 1 < len(hay)
                                                        and hay[i + len(needle) + 1].isdigit())):
            continue
        if needle[0].isalpha() and before.isalpha():
            continue
        if needle[-1].isalpha() and after.isalpha():
            continue
        res.append(i)
    return res


def parse_value(text):
    t = text.strip()
    low = t.lower()
    m = re.fullmatch(r"(\w+) sur (\w+)", low)
    if m and m.group(1) in WORDS and m.group(2) in WORDS:
        return 100.0 * WORDS[m.group(1)] / WORDS[m.group(2)]
    first = low.split()[0]
    if first in WORDS:
        return float(WORDS[first])
    m = re.match(r"(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?", t)
    if not m:
        raise ValueError("no number in %r" % text)
    num = float(re.sub(r"[ .]", "", m.group(1)) + ("." + m.group(2) if m.group(2) else ""))
    rest = t[m.end():].strip().lower()
    if rest.startswith("m€") or rest.startswith("million"):
        num *= 1e6
    elif rest.startswith("milliard"):
        num *= 1e9
    return num


def unit_ok(unit, text):
    low = text.lower()
    if "%" in text:
        return unit == "%"
    if "€" in text or "euro" in low:
        return unit == "€"
    if "/10" in text:
        return unit == "/10"
    if re.search(r"\bans?\b", low):
        return unit == "years"
    return unit in {"count", "people", "/10", "%"}


def main():
    pages = page_texts()
    errors = []
    claims = {}  # (file, page) -> list of (start, end, label)

    def locate(item, sentence, text, label, used):
        fn, pg = item["file"], item["page"]
        if fn not in pages:
            errors.append("%s: unknown file %s" % (label, fn))
            return
        if not 1 <= pg <= len(pages[fn]):
            errors.append("%s: page %s out of range" % (label, pg))
            return
        pt = pages[fn][pg - 1]
        occ = find_all(pt, sentence)
        if len(occ) != 1:
            errors.append("%s: sentence found %d times on %s p%d: %r" % (label, len(occ), fn, pg, sentence))
            return
        s0 = occ[0]
        spans = [s0 + i for i in bounded(sentence, text)]
        if not spans:
            errors.append("%s: text %r not in sentence %r" % (label, text, sentence))
            return
        key = (fn, pg)
        taken = claims.setdefault(key, [])
        for st in spans:
            en = st + len(text)
            if any(not (en <= a or st >= b) for a, b, _ in taken):
                continue
            taken.append((st, en, label))
            return
        errors.append("%s: every occurrence of %r in its sentence is already claimed (duplicate item?)" % (label, text))

    # longest texts first, so that « 2008-2012 » is claimed before « 2008 » in the same sentence
    order = [("F", i, it) for i, it in enumerate(FIG)] + [("N", i, it) for i, it in enumerate(NON)]
    jobs = []
    for kind, i, it in order:
        label = "%s%03d %s p%s %r" % (kind, i, it.get("file", "?")[:8], it.get("page"), it.get("text"))
        jobs.append((len(it["text"]), label, it, it["sentence"], it["text"]))
        for a in it.get("also_printed_as", []) if kind == "F" else []:
            jobs.append((len(a["text"]), label + " [also]", it, a["sentence"], a["text"]))
    for _, label, it, sent, text in sorted(jobs, key=lambda j: -j[0]):
        locate(it, sent, text, label, None)

    # field checks: figures
    keys = ["file", "page", "text", "value", "unit", "noun", "actor", "actor_source", "measure", "year",
            "sentence", "cases"]
    for i, it in enumerate(FIG):
        label = "F%03d %s p%s %r" % (i, it["file"][:8], it["page"], it["text"])
        for k in keys:
            if k not in it:
                errors.append("%s: missing field %s" % (label, k))
        if it["unit"] not in UNITS:
            errors.append("%s: bad unit %r" % (label, it["unit"]))
        if not unit_ok(it["unit"], it["text"]):
            errors.append("%s: unit %r does not fit text" % (label, it["unit"]))
        try:
            v = parse_value(it["text"])
            if abs(v - float(it["value"])) > 1e-9 * max(1.0, abs(v)):
                errors.append("%s: value %r != parsed %r" % (label, it["value"], v))
        except ValueError as e:
            errors.append("%s: %s" % (label, e))
        if it["actor_source"] not in SOURCES:
            errors.append("%s: bad actor_source %r" % (label, it["actor_source"]))
        if (it["actor"] is None) != (it["actor_source"] is None):
            errors.append("%s: actor and actor_source must be null together" % label)
        y = it["year"]
        if not (y is None or isinstance(y, int) or (isinstance(y, str) and re.fullmatch(r"\d{4}-\d{4}", y))):
            errors.append("%s: bad year %r" % (label, y))
        if not it["measure"]:
            errors.append("%s: empty measure" % label)
        if it["unit"] in {"count", "people"} and not it["noun"]:
            errors.append("%s: count without noun" % label)
        if "number_in_words" in it["cases"] and re.search(r"\d", it["text"]):
            errors.append("%s: number_in_words on a digit text" % label)
        if re.search(r"\d", it["text"]) is None and "number_in_words" not in it["cases"]:
            errors.append("%s: text in words must be tagged number_in_words" % label)
    for i, it in enumerate(NON):
        label = "N%03d %s p%s %r" % (i, it["file"][:8], it["page"], it["text"])
        if it["why"] not in WHY:
            errors.append("%s: bad why %r" % (label, it["why"]))

    # exhaustiveness: every digit / % / € / number word on every page is claimed by some item
    for fn, pts in pages.items():
        for pg, pt in enumerate(pts, 1):
            taken = claims.get((fn, pg), [])
            covered = [False] * len(pt)
            for a, b, _ in taken:
                for k in range(a, b):
                    covered[k] = True
            for k, ch in enumerate(pt):
                if (ch.isdigit() or ch in "%€") and not covered[k]:
                    errors.append("UNANNOTATED %s p%d: %r" % (fn, pg, pt[max(0, k - 40):k + 20]))
            for m in NUMWORD_RE.finditer(pt):
                if not all(covered[m.start():m.end()]):
                    if m.group(0).lower() == "quinquennal":
                        continue
                    errors.append("UNANNOTATED WORD %s p%d: %r" % (fn, pg, pt[max(0, m.start() - 40):m.end() + 20]))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)

    fig_keys = keys
    with open(os.path.join(HERE, "figures-m.jsonl"), "w", encoding="utf-8") as fh:
        for it in FIG:
            d = {k: it[k] for k in fig_keys}
            for k in sorted(set(it) - set(fig_keys)):
                d[k] = it[k]
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "not_figures-m.jsonl"), "w", encoding="utf-8") as fh:
        for it in NON:
            d = {k: it[k] for k in ["file", "page", "text", "sentence", "why"]}
            if "detail" in it:
                d["detail"] = it["detail"]
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")

    # counts
    from collections import Counter
    print("figures:", len(FIG), " non-figures:", len(NON), " 0 errors")
    print("by file:", dict(Counter(it["file"] for it in FIG)))
    print("non-figures by file:", dict(Counter(it["file"] for it in NON)))
    print("units:", dict(Counter(it["unit"] for it in FIG)))
    print("actor_source:", dict(Counter(str(it["actor_source"]) for it in FIG)))
    print("with year:", sum(1 for it in FIG if it["year"] is not None))
    print("why:", dict(Counter(it["why"] for it in NON)))
    print("cases:", sorted(Counter(c for it in FIG for c in it["cases"]).items(), key=lambda x: -x[1]))
    print("pages:", sum(len(v) for v in pages.values()))


if __name__ == "__main__":
    main()
