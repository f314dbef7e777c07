"""Check the hand-written items of set R and write figures-r.jsonl and not_figures-r.jsonl.

Run: /work/main/.venv/bin/python build_r.py      (exit status 1 on any error)

Checks (same as set Q's README):
  - the file exists and the page is in range;
  - `sentence` occurs exactly once in the collapsed pypdf text of the page;
  - `text` occurs in `sentence` as a whole token (not inside a longer number or word), exactly once;
  - figures: `value` equals the number parsed from `text` (French separators, « 1.000 », « M€ »,
    numbers in words); the unit is allowed and agrees with what is printed; required fields present;
    `number_in_words` tagged exactly when `text` is a word; every `also_printed_as` line is on the same
    page and holds the figure;
  - no duplicate (file, page, value, unit) among figures, no item listed twice, no two items on the
    same printed characters;
  - the tags `nbsp` / `narrow_nbsp` are added here, from the raw text layer: the printed figure holds a
    U+00A0 / U+202F (the `sentence` and `text` fields are whitespace-collapsed, so they hold plain spaces);
  - COVERAGE: every digit run and every French number / ordinal word on every page is covered by the
    `text` of some item (figure, its also_printed_as lines, or non-figure).
After writing, the JSONL files are read back and re-checked against a fresh pypdf extraction.
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_r  # noqa: E402

UNITS = {"%", "/10", "count", "people", "€", "years"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "other", "threshold", "scale"}
SOURCES = {"sentence", "context", "table", None}

NUMBER_WORDS = {
    "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90, "cent": 100, "cents": 100,
    "mille": 1000, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
}
# words that are numbers but not counts by themselves (fractions, approximations, ordinals)
OTHER_NUMBER_WORDS = [
    "demi", "demie", "moitié", "tiers", "quart", "quarts", "dizaine", "dizaines", "douzaine", "quinzaine",
    "vingtaine", "trentaine", "centaine", "centaines", "millier", "milliers", "double", "triple",
    "premier", "première", "premiers", "premières", "second", "seconde", "seconds", "secondes",
    "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième",
    "dixième", "onzième", "douzième", "treizième", "quinzième", "vingtième", "trentième", "centième",
    "millième", "deuxièmes", "troisièmes",
]
ALL_WORDS = sorted(set(NUMBER_WORDS) | set(OTHER_NUMBER_WORDS), key=len, reverse=True)
WORD_RE = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, ALL_WORDS)) + r")(?![\w])", re.IGNORECASE)
DIGIT_RE = re.compile(r"\d+")

errors = []


def err(msg):
    errors.append(msg)


def collapse(t):
    return " ".join(t.split())


def collapse_with_map(raw):
    """Collapsed text and, for each collapsed character, its (start, end) span in the raw text."""
    out, spans = [], []
    i, n = 0, len(raw)
    while i < n:
        if raw[i].isspace():
            j = i
            while j < n and raw[j].isspace():
                j += 1
            if out and j < n:
                out.append(" ")
                spans.append((i, j))
            i = j
        else:
            out.append(raw[i])
            spans.append((i, i + 1))
            i += 1
    text = "".join(out)
    assert text == collapse(raw)
    return text, spans


RAW = {}  # fname -> [(raw text, char spans)]


def load_pages():
    pages = {}
    for k, fname in items_r.DOCS.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            err(f"missing file {fname}")
            continue
        r = pypdf.PdfReader(path)
        pages[fname] = []
        RAW[fname] = []
        for p in r.pages:
            raw = p.extract_text()
            text, spans = collapse_with_map(raw)
            pages[fname].append(text)
            RAW[fname].append((raw, spans))
    return pages


def raw_slice(fname, page, span):
    raw, spans = RAW[fname][page - 1]
    return raw[spans[span[0]][0]: spans[span[1] - 1][1]]


def token_positions(text, sentence, footnote=False):
    """Start offsets of `text` in `sentence` as a whole token."""
    out = []
    start = 0
    while True:
        i = sentence.find(text, start)
        if i < 0:
            return out
        start = i + 1
        before, after = sentence[:i], sentence[i + len(text):]
        b = before[-1:] if before else ""
        a = after[:1]
        ok = True
        if b and (b.isdigit() or (b.isalpha() and not footnote)):
            ok = False
        if a and a.isalnum():
            ok = False
        if text[:1].isdigit():
            if re.search(r"\d[,.]$", before):          # inside a decimal or a 1.000 group
                ok = False
            if re.match(r"\d{3}(\D|$)", text) and re.search(r"(^|\D)\d{1,3} $", before):
                ok = False                              # « 000 » of « 2 000 »
        if text[-1:].isdigit():
            if re.match(r"[,.]\d", after):
                ok = False
            if re.match(r" \d{3}(?!\d)", after) and not footnote:
                ok = False                              # « 2 » of « 2 000 »
        if ok:
            out.append(i)


def parse_value(text):
    low = text.lower()
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    m = re.fullmatch(r"(\d{1,3}(?:[ .]\d{3})+|\d+(?:,\d+)?)\s*(%|M€|€|ans|/10)?", text)
    if not m:
        return None
    num, suffix = m.group(1), m.group(2)
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+", num):
        v = float(num.replace(" ", "").replace(".", ""))
    else:
        v = float(num.replace(",", "."))
    if suffix == "M€":
        v *= 1e6
    return v


def printed_unit(text):
    if text.endswith("%"):
        return "%"
    if text.endswith("/10"):
        return "/10"
    if text.endswith("€"):
        return "€"
    if text.endswith(" ans"):
        return "years"
    return None


def locate(pages, fname, page, sentence, text, label, footnote=False):
    """Absolute span of `text` on the page, or None after logging errors."""
    if fname not in pages:
        return None
    if not (1 <= page <= len(pages[fname])):
        err(f"{label}: page {page} out of range")
        return None
    ptxt = pages[fname][page - 1]
    n = ptxt.count(sentence)
    if n != 1:
        err(f"{label}: sentence found {n} times on page: {sentence!r}")
        return None
    pos = token_positions(text, sentence, footnote)
    if len(pos) != 1:
        err(f"{label}: text {text!r} found {len(pos)} times as a token in sentence {sentence!r}")
        return None
    s0 = ptxt.index(sentence) + pos[0]
    return (s0, s0 + len(text))


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, int):
        return 1990 <= y <= 2030
    return isinstance(y, str) and re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", y) is not None


def main():
    pages = load_pages()
    spans = collections.defaultdict(list)  # (fname, page) -> [(start, end, label)]
    fig_rows, nf_rows = [], []
    seen_keys, seen_items = {}, set()

    for i, f in enumerate(items_r.FIGURES):
        fname = items_r.DOCS[f["doc"]]
        label = f"F#{i} {fname} p{f['page']} {f['text']!r}"
        sp = locate(pages, fname, f["page"], f["sentence"], f["text"], label)
        derived = []
        if sp:
            spans[(fname, f["page"])].append((sp[0], sp[1], label))
            printed = raw_slice(fname, f["page"], sp)
            if "\u00a0" in printed:
                derived.append("nbsp")          # U+00A0 inside the printed figure (text layer)
            if "\u202f" in printed:
                derived.append("narrow_nbsp")   # U+202F inside the printed figure (text layer)
        for t in ("nbsp", "narrow_nbsp"):
            if t in f["cases"]:
                err(f"{label}: tag {t} is derived by build_r.py, do not write it by hand")
        # value
        v = parse_value(f["text"])
        if v is None:
            err(f"{label}: cannot parse value")
        elif abs(v - f["value"]) > 1e-9:
            err(f"{label}: value {f['value']} != parsed {v}")
        # unit
        if f["unit"] not in UNITS:
            err(f"{label}: unit {f['unit']!r} not allowed")
        pu = printed_unit(f["text"])
        if pu and pu != f["unit"]:
            err(f"{label}: printed unit {pu} but unit {f['unit']}")
        if not pu and f["unit"] in ("%", "/10") and not ({"unit_from_header"} & set(f["cases"])):
            err(f"{label}: unit {f['unit']} not printed and not tagged unit_from_header")
        # fields
        if f["actor_source"] not in SOURCES:
            err(f"{label}: bad actor_source")
        if (f["actor"] is None) != (f["actor_source"] is None):
            err(f"{label}: actor / actor_source mismatch")
        if f["unit"] == "/10" and f["noun"] != "note":
            err(f"{label}: /10 needs noun 'note'")
        if f["unit"] in ("€", "years") and f["noun"] is not None:
            err(f"{label}: € / years need noun null")
        if f["unit"] in ("count", "people", "%") and f["unit"] != "%" and not f["noun"]:
            err(f"{label}: count needs a noun")
        if f["unit"] == "people" and not f["actor"]:
            err(f"{label}: people count needs an actor")
        m = f["measure"]
        if not m or len(m.split()) > 15 or f["text"] in m:
            err(f"{label}: bad measure {m!r}")
        if not year_ok(f["year"]):
            err(f"{label}: bad year {f['year']!r}")
        if f["year_alt"] is not None and (not isinstance(f["year_alt"], int) or f["year"] is None):
            err(f"{label}: bad year_alt")
        if not f["cases"] or len(set(f["cases"])) != len(f["cases"]):
            err(f"{label}: cases empty or repeated")
        is_word = f["text"].isalpha()
        if is_word != ("number_in_words" in f["cases"]):
            err(f"{label}: number_in_words tag mismatch")
        # also printed
        also_lines = []
        for line, t in f["also"]:
            sp2 = locate(pages, fname, f["page"], line, t, label + " also")
            if sp2:
                spans[(fname, f["page"])].append((sp2[0], sp2[1], label + " also"))
            if parse_value(t) != parse_value(f["text"]):
                err(f"{label}: also_printed_as value differs")
            also_lines.append(line)
        # duplicates
        key = (fname, f["page"], f["value"], f["unit"])
        if key in seen_keys:
            err(f"{label}: duplicate (file, page, value, unit) with {seen_keys[key]}")
        seen_keys[key] = label
        ik = (fname, f["page"], f["sentence"], f["text"])
        if ik in seen_items:
            err(f"{label}: listed twice")
        seen_items.add(ik)

        row = collections.OrderedDict()
        row["file"] = fname
        row["page"] = f["page"]
        row["text"] = f["text"]
        row["value"] = int(f["value"]) if float(f["value"]).is_integer() else f["value"]
        row["unit"] = f["unit"]
        row["noun"] = f["noun"]
        row["actor"] = f["actor"]
        row["actor_source"] = f["actor_source"]
        row["measure"] = f["measure"]
        row["year"] = f["year"]
        row["sentence"] = f["sentence"]
        row["cases"] = f["cases"] + derived
        if also_lines:
            row["also_printed_as"] = also_lines
        if f["year_alt"] is not None:
            row["year_alt"] = f["year_alt"]
        fig_rows.append(row)

    for i, n in enumerate(items_r.NONFIGS):
        fname = items_r.DOCS[n["doc"]]
        label = f"N#{i} {fname} p{n['page']} {n['text']!r}"
        if n["why"] not in WHYS:
            err(f"{label}: bad why {n['why']!r}")
        sp = locate(pages, fname, n["page"], n["sentence"], n["text"], label, footnote=n["why"] == "footnote")
        if sp:
            spans[(fname, n["page"])].append((sp[0], sp[1], label))
        ik = (fname, n["page"], n["sentence"], n["text"])
        if ik in seen_items:
            err(f"{label}: listed twice")
        seen_items.add(ik)
        if not re.search(r"\d", n["text"]) and not WORD_RE.search(n["text"]):
            err(f"{label}: non-figure text holds no number")
        nf_rows.append(collections.OrderedDict(
            [("file", fname), ("page", n["page"]), ("text", n["text"]), ("sentence", n["sentence"]),
             ("why", n["why"])]))

    # overlapping items
    for key, lst in spans.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                err(f"overlap on {key}: {a[2]} / {b[2]}")

    # coverage
    n_tokens = 0
    for fname, plist in pages.items():
        for pi, ptxt in enumerate(plist, 1):
            covered = spans.get((fname, pi), [])
            toks = [(m.start(), m.end(), m.group()) for m in DIGIT_RE.finditer(ptxt)]
            toks += [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(ptxt)]
            for s, e, g in toks:
                n_tokens += 1
                if not any(cs <= s and e <= ce for cs, ce, _ in covered):
                    ctx = ptxt[max(0, s - 40): e + 40]
                    err(f"UNCOVERED {fname} p{pi}: {g!r} in …{ctx}…")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        return 1

    with open(os.path.join(HERE, "figures-r.jsonl"), "w", encoding="utf-8") as fh:
        for r in fig_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "not_figures-r.jsonl"), "w", encoding="utf-8") as fh:
        for r in nf_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- read back and re-check against a fresh extraction
    fresh = {}
    for fname in items_r.DOCS.values():
        r = pypdf.PdfReader(os.path.join(HERE, fname))
        fresh[fname] = [" ".join(p.extract_text().split()) for p in r.pages]
    nback = 0
    for name in ("figures-r.jsonl", "not_figures-r.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                ptxt = fresh[d["file"]][d["page"] - 1]
                ok = ptxt.count(d["sentence"]) == 1 and d["text"] in d["sentence"]
                for a in d.get("also_printed_as", []):
                    ok = ok and ptxt.count(a) == 1
                if not ok:
                    err(f"read-back failed: {name} {d['file']} p{d['page']} {d['text']!r}")
                nback += 1
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1

    # ---- report
    print(f"OK: 0 errors; {len(fig_rows)} figures, {len(nf_rows)} non-figures, "
          f"{sum(len(p) for p in pages.values())} pages, {n_tokens} number tokens covered, "
          f"{nback} JSONL lines re-read")
    per = collections.OrderedDict()
    for fname in items_r.DOCS.values():
        per[fname] = [len(pages[fname]), 0, 0]
    for r in fig_rows:
        per[r["file"]][1] += 1
    for r in nf_rows:
        per[r["file"]][2] += 1
    for k, v in per.items():
        print(f"  {k}: pages {v[0]}, figures {v[1]}, non-figures {v[2]}")
    print("units:", collections.Counter(r["unit"] for r in fig_rows).most_common())
    print("actor_source:", collections.Counter(str(r["actor_source"]) for r in fig_rows).most_common())
    ny = sum(1 for r in fig_rows if r["year"] is not None)
    print(f"years: {ny} with a year or period, {len(fig_rows) - ny} null, "
          f"{sum(1 for r in fig_rows if 'year_alt' in r)} year_alt, "
          f"{sum(1 for r in fig_rows if isinstance(r['year'], str))} periods")
    print("also_printed_as:", sum(1 for r in fig_rows if "also_printed_as" in r))
    print("number_in_words:", sum(1 for r in fig_rows if "number_in_words" in r["cases"]))
    print("why:", collections.Counter(r["why"] for r in nf_rows).most_common())
    print("tags:", collections.Counter(t for r in fig_rows for t in r["cases"]).most_common())
    return 0


if __name__ == "__main__":
    sys.exit(main())
