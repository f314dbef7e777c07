"""Check the set-O gold items against the PDFs and write figures-o.jsonl / not_figures-o.jsonl.

Run: /work/main/.venv/bin/python build_o.py

Checks (any failure is an error, the files are written only with 0 errors):
- file exists, page in range; `sentence` occurs (once) in the whitespace-collapsed pypdf text of its page;
- `text` occurs in `sentence` at a number boundary (no digit glued before/after), exactly once;
- `value` equals the number parsed from `text` (thousands spaces, decimal comma, M€, « /10 », words);
- unit in the allowed list; actor_source consistent with actor; `number_in_words` tag iff text has no digit;
- every `also_printed_as` sentence is on the same page and contains `text`;
- no duplicate (file, page, value, unit) among figures;
- exhaustiveness: every digit run of every page is covered by exactly one item (figure, its
  also_printed_as, or non-figure), and every French number word is covered by a figure.
"""
import collections
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_o  # noqa: E402

UNITS = {"%", "/10", "count", "people", "€", "years"}
SOURCES = {"sentence", "context", "table", None}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "law number", "phone", "postcode", "other"}
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         "cent": 100, "mille": 1000}
# number words that must be annotated wherever they appear (« un/une » are articles here)
SCAN_WORDS = [w for w in WORDS if w not in ("un", "une")] + [
    "million", "millions", "milliard", "milliards", "moitié", "tiers", "quart", "double", "triple",
    "premier", "première", "deuxième", "second", "seconde", "troisième", "dizaine", "centaine", "douzaine"]

FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "actor_source", "measure", "year",
            "sentence", "cases"]
NOT_KEYS = ["file", "page", "text", "sentence", "why"]
INTERNAL = {"occ", "socc"}


def collapse(t):
    return " ".join(t.split())


def load_pages():
    pages = {}
    for f in sorted(os.listdir(HERE)):
        if f.startswith("obs-o-") and f.endswith(".pdf"):
            r = PdfReader(os.path.join(HERE, f))
            pages[f] = [collapse(p.extract_text()) for p in r.pages]
    return pages


def parse_value(text):
    t = text.strip()
    low = t.lower()
    if not re.search(r"\d", t):
        return WORDS.get(low)
    m = re.search(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", t)
    num = float(m.group(0).replace(" ", "").replace(",", "."))
    if "M€" in t or "million" in low:
        num *= 1e6
    return num


def boundary_hits(hay, needle):
    """Start offsets of needle in hay with no digit (or letter, for words) glued on either side."""
    hits = []
    start = 0
    word = not re.search(r"\d", needle)
    while True:
        i = hay.find(needle, start)
        if i < 0:
            break
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        if word:
            ok = not before.isalpha() and not after.isalpha()
        else:
            ok = True
            if needle[0].isdigit() and before.isdigit():
                ok = False
            if needle[-1].isdigit() and after.isdigit():
                ok = False
        if ok:
            hits.append(i)
        start = i + 1
    return hits


def all_hits(hay, needle):
    out, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def main():
    pages = load_pages()
    errors = []
    spans = collections.defaultdict(list)  # (file, page) -> [(start, end, label)]

    def locate(it, sentence, text, label):
        f, p = it["file"], it["page"]
        if f not in pages:
            errors.append("%s: unknown file" % label)
            return
        if not 1 <= p <= len(pages[f]):
            errors.append("%s: page out of range" % label)
            return
        page = pages[f][p - 1]
        shits = all_hits(page, sentence)
        if not shits:
            errors.append("%s: sentence not on page: %r" % (label, sentence))
            return
        socc = it.get("socc")
        if len(shits) > 1 and socc is None:
            errors.append("%s: sentence occurs %d times on page" % (label, len(shits)))
            return
        s0 = shits[socc or 0]
        thits = boundary_hits(sentence, text)
        if not thits:
            errors.append("%s: text %r not in sentence at a number boundary" % (label, text))
            return
        occ = it.get("occ")
        if len(thits) > 1 and occ is None:
            errors.append("%s: text %r occurs %d times in sentence" % (label, text, len(thits)))
            return
        t0 = s0 + thits[occ or 0]
        spans[(f, p)].append((t0, t0 + len(text), label))

    # ---- figures
    seen = {}
    for n, it in enumerate(items_o.FIGS):
        label = "FIG#%d %s p%s %r" % (n, it.get("file"), it.get("page"), it.get("text"))
        for k in FIG_KEYS:
            if k not in it:
                errors.append("%s: missing key %s" % (label, k))
        if it["unit"] not in UNITS:
            errors.append("%s: bad unit %r" % (label, it["unit"]))
        if it["actor_source"] not in SOURCES:
            errors.append("%s: bad actor_source" % label)
        if (it["actor"] is None) != (it["actor_source"] is None):
            errors.append("%s: actor/actor_source mismatch" % label)
        pv = parse_value(it["text"])
        if pv is None or abs(pv - it["value"]) > 1e-9:
            errors.append("%s: value %r does not match text (parsed %r)" % (label, it["value"], pv))
        words = not re.search(r"\d", it["text"])
        if words != ("number_in_words" in it["cases"]):
            errors.append("%s: number_in_words tag inconsistent" % label)
        key = (it["file"], it["page"], it["value"], it["unit"])
        if key in seen:
            errors.append("%s: duplicate (file, page, value, unit) with %s" % (label, seen[key]))
        seen[key] = label
        locate(it, it["sentence"], it["text"], label)
        for k, extra in enumerate(it.get("also_printed_as", [])):
            locate(dict(it, occ=None, socc=None), extra, it["text"], label + " also#%d" % k)

    # ---- non-figures
    for n, it in enumerate(items_o.NOTS):
        label = "NOT#%d %s p%s %r" % (n, it.get("file"), it.get("page"), it.get("text"))
        for k in NOT_KEYS:
            if k not in it:
                errors.append("%s: missing key %s" % (label, k))
        if it["why"] not in WHYS:
            errors.append("%s: bad why %r" % (label, it["why"]))
        if not re.search(r"\d", it["text"]):
            errors.append("%s: non-figure text without digit" % label)
        locate(it, it["sentence"], it["text"], label)

    # ---- exhaustiveness: digits
    for f, plist in pages.items():
        for p, page in enumerate(plist, 1):
            cov = collections.Counter()
            for a, b, lab in spans[(f, p)]:
                for i in range(a, b):
                    cov[i] += 1
            for m in re.finditer(r"\d+", page):
                c = {cov[i] for i in range(m.start(), m.end())}
                if c != {1}:
                    ctx = page[max(0, m.start() - 30):m.end() + 30]
                    errors.append("%s p%d: digits %r covered %s times: ...%s..." % (f, p, m.group(0), sorted(c),
                                                                                    ctx))
            # number words
            for w in SCAN_WORDS:
                for i in boundary_hits(page.lower(), w):
                    if cov[i] != 1:
                        ctx = page[max(0, i - 30):i + len(w) + 30]
                        errors.append("%s p%d: number word %r not annotated: ...%s..." % (f, p, w, ctx))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)

    def clean(it, keys):
        out = {k: it[k] for k in keys}
        for k, v in it.items():
            if k not in out and k not in INTERNAL:
                out[k] = v
        return out

    with open(os.path.join(HERE, "figures-o.jsonl"), "w", encoding="utf-8") as fh:
        for it in items_o.FIGS:
            fh.write(json.dumps(clean(it, FIG_KEYS), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "not_figures-o.jsonl"), "w", encoding="utf-8") as fh:
        for it in items_o.NOTS:
            fh.write(json.dumps(clean(it, NOT_KEYS), ensure_ascii=False) + "\n")

    figs, nots = items_o.FIGS, items_o.NOTS
    print("0 errors")
    print("figures: %d, non-figures: %d, pages: %d" % (len(figs), len(nots), sum(len(v) for v in pages.values())))
    by_file = collections.OrderedDict()
    for f in sorted(pages):
        by_file[f] = (sum(1 for x in figs if x["file"] == f), sum(1 for x in nots if x["file"] == f))
    for f, (a, b) in by_file.items():
        print("  %-50s %3d %3d" % (f, a, b))
    print("units:", dict(collections.Counter(x["unit"] for x in figs).most_common()))
    print("actor_source:", dict(collections.Counter(str(x["actor_source"]) for x in figs).most_common()))
    print("with year:", sum(1 for x in figs if x["year"] is not None))
    print("cases:", dict(collections.Counter(c for x in figs for c in x["cases"]).most_common()))
    print("why:", dict(collections.Counter(x["why"] for x in nots).most_common()))
    print("also_printed_as:", sum(1 for x in figs if x.get("also_printed_as")))


if __name__ == "__main__":
    main()
