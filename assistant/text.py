"""French text helpers, one of each: accent folding, years, the lexical analyser (stems, stop
words, canonical numbers), and cutting a passage into answerable units — prose sentences
(across wrapped lines) and label + value pairs from tables and key-figure boxes."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

import Stemmer

# A year of the twentieth or twenty-first century, as printed: the one pattern every stage reads.
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def fold_lower(text: str) -> str:
    """Lowercase without accents, apostrophes unified: for matching patterns only."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def fold_in_place(text: str) -> str:
    """`fold_lower`, character by character, so that offsets found in it cut the original text
    ("…" and "ﬁ" would otherwise grow into several characters)."""
    out = []
    for c in text:
        f = fold_lower(c)
        out.append(f if len(f) == 1 else c.lower()[:1] or c)
    return "".join(out)


# Bump whenever analyze() changes: a saved index with another version is rebuilt.
ANALYZER_VERSION = "fr-1"

_STOP_WORDS = """
a à ai as au aux avec avoir avons avez avait avaient ayant eu aura auront aurait ont
le la les l un une des de du d et ou où en dans pour par sur sous sans chez entre vers
depuis pendant avant après selon contre parmi lors dès jusqu jusque lorsqu lorsque
puisqu puisque quoiqu parce afin comme ainsi alors donc mais car or ni si aussi
ce cet cette ces ceci cela ça celui celle ceux celles c ci là
qui que qu quoi dont quel quelle quels quelles lequel laquelle lesquels lesquelles
combien comment pourquoi quand
est sont été être étaient était étant es suis sommes êtes sera seront serait seraient
soit soient fut fait faire peut peuvent
il elle ils elles on nous vous je j tu me m te t se s moi toi lui eux y
sa son ses mon ma mes ton ta tes notre nos votre vos leur leurs
ne n pas plus moins très trop peu tout tous toute toutes même mêmes autre autres
tel telle tels telles également encore déjà bien ici etc aujourd hui
peut-être c-à-d est-à-dire au-delà vis-à-vis
"""

# Pronouns and particles of inverted questions ("existe-t-il", "est-ce") are split, never joined.
_CLITICS = {"t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ce", "ci", "là"}
_CLITICS |= {"y", "en", "le", "la", "les", "moi", "toi", "lui", "leur"}

_APOS = "'’ʼ‘`´"
_HYPHENS = "-‐"  # NFKC maps the non-breaking hyphen U+2011 to U+2010
_ELISION = re.compile(rf"(?<!\w)(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldnsjmtc])[{_APOS}]")
_ACRONYM = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}[^\W\d_]?(?!\w)")
_MONEY = re.compile(r"(\d)\s*(mds?|mrds?|m)\s*€")
_TOKEN = re.compile(
    r"(?P<ord>\d+)(?:ère|eme|ème|er|re|nde|nd|e)(?![\w])"
    r"|(?P<num>\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?P<pct>\s*(?:%|pour[\s-]?cents?(?!\w)|p\.\s?cent(?!\w)))?"
    rf"|(?P<word>[^\W\d_]+(?:[{_HYPHENS}][^\W\d_]+)*)"
    r"|(?P<euro>€)"
)
_FRENCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def fold(text: str) -> str:
    """Remove accents and expand ligatures (é→e, œ→oe, æ→ae, ç→c)."""
    if text.isascii():
        return text
    text = text.replace("œ", "oe").replace("æ", "ae").replace("Œ", "OE").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


STOP_WORDS = frozenset(fold(w) for w in _STOP_WORDS.split())

_local = threading.local()  # a PyStemmer object must not be shared between threads


def _stem(word: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("french")
    stem = stemmer.stemWord(word)
    # Snowball leaves some plurals untouched ("élus", "euros", "enjeux"): drop their mark.
    # It maps "heureuse(s)" to "heureux", so every stem in "-eux" loses its x alike.
    if stem.endswith("eux"):
        stem = stem[:-1]
    elif stem == word and len(word) >= 4 and word[-1] == "s" and not word.endswith("ss"):
        stem = word[:-1]
    return fold(stem)


def canonical_number(text: str) -> str:
    """One form per number: no thousands separator, decimal comma, no trailing zero."""
    text = text.replace(" ", "")
    if _FRENCH_THOUSANDS.fullmatch(text):  # "1.000" is a thousand in French
        text = text.replace(".", "")
    whole, _, frac = text.replace(".", ",").partition(",")
    frac = frac.rstrip("0")
    return f"{whole},{frac}" if frac else whole


@functools.lru_cache(maxsize=200_000)  # a corpus repeats its words: analyse each once
def _word_tokens(word: str) -> tuple[str, ...]:
    if len(word) < 2 or fold(word) in STOP_WORDS:
        return ()
    parts = re.split(f"[{_HYPHENS}]", word)
    if len(parts) == 1:
        return (_stem(word),)
    content = [p for p in parts if p not in _CLITICS]
    if len(content) < 2:
        return tuple(t for p in content for t in _word_tokens(p))
    # "co-construction" → "coconstruct" (matches "coconstruction") + "construct"
    joined = _stem("".join(content))
    return (joined, *(_stem(p) for p in content if len(p) > 2 and fold(p) not in STOP_WORDS))


def analyze(text: str) -> list[str]:
    """Tokens of a French text: stemmed, accent-folded words without stop words; canonical figures."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _ELISION.sub(" ", text)
    text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _MONEY.sub(
        lambda m: f"{m.group(1)} {'million' if m.group(2) == 'm' else 'milliard'} €", text
    )
    tokens: list[str] = []
    for m in _TOKEN.finditer(text):
        if m.group("ord"):
            tokens.append(m.group("ord") + "e")
        elif m.group("num"):
            tokens.append(canonical_number(m.group("num")) + ("%" if m.group("pct") else ""))
        elif m.group("word"):
            tokens.extend(_word_tokens(m.group("word")))
        else:
            tokens.append("euro")
    return tokens


_HEADING = re.compile(r"^(?:[0-9IVX]+[.)]\s+)?[A-ZÀ-ÖØ-Þ«][^\n]{2,90}$")


def find_headings(text: str) -> list[tuple[int, str]]:
    """(offset, line) of lines that look like section headings: short, capitalised, no final stop."""
    found = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if (
            _HEADING.match(stripped)
            and len(stripped.split()) <= 12
            and not stripped.endswith((".", ",", ";", ":", "…"))
            and not re.search(r"\d\s*%|\bp\.\s*\d", stripped)
        ):
            found.append((offset, stripped))
        offset += len(line) + 1
    return found


_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”)]?\s+(?=[«A-ZÀ-ÖØ-Þ0-9•])")
_ABBREV = re.compile(r"(?:\b(?:M|Mme|MM|p|pp|n°|cf|etc|env|art|éd|vol|dir|Dr|St)|\b[A-Z])\.$")
_CONTINUES = (",", ";", ":", "-", "–", "(", "«", "’", "'")
_ENDS = (".", "!", "?", "…", "»", ")", "”")
_TERMINAL = re.compile(r"[.!?…][»”)]*$")
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_NUMERIC = re.compile(
    r"^[+<>≈~]?\s*(?:de\s)?[\d\s.,]+\s*(?:%|€|M€|k€|/\s?10|ans?|millions?)?$"
    rf"|^(?:(?:\d{{1,2}}|1er)\s)?(?:{MONTHS})\.?\s\d{{4}}$",  # dates in tables
    re.I,
)
_CAPTION = re.compile(r"^(?:Tableau|Figure|Graphique|Encadré|Chiffres clés)\b", re.I)


def _lines(text: str) -> list[tuple[int, int]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def _typical_width(text: str, spans: list[tuple[int, int]]) -> int:
    widths = sorted(e - s for s, e in spans if text[s:e].strip())
    return max(widths[int(len(widths) * 0.75)] if widths else 0, 40)


def line_kinds(text: str) -> list[tuple[int, int, str]]:
    """Each line with its kind: "prose" (part of running text), "short" (heading, table cell,
    caption, key figure) or "blank"."""
    spans = _lines(text)
    width = _typical_width(text, spans)
    out: list[tuple[int, int, str]] = []
    prev, prev_line = "blank", ""
    for i, (s, e) in enumerate(spans):
        line = text[s:e].strip()
        if not line:
            out.append((s, e, "blank"))
            prev, prev_line = "blank", ""
            continue
        nxt = text[spans[i + 1][0] : spans[i + 1][1]].strip() if i + 1 < len(spans) else ""
        long_line = len(line) >= 0.6 * width
        numeric_next = bool(nxt) and bool(_NUMERIC.match(nxt)) and not _NUMERIC.match(line)
        last_word = fold(line.rsplit(" ", 1)[-1].lower())
        continues = (
            line.endswith(_CONTINUES)
            or last_word in STOP_WORDS
            or (bool(nxt) and nxt[:1].islower() and not _NUMERIC.match(line))
        )
        ends_sentence = bool(_TERMINAL.search(line)) and (len(line.split()) > 3 or prev == "prose")
        after_break = prev != "prose" or prev_line.endswith(_ENDS)
        is_heading = (
            bool(find_headings(line))
            and after_break
            and nxt[:1].isupper()
            and last_word not in STOP_WORDS
        )
        if _CAPTION.match(line) or (numeric_next and not line.endswith(_CONTINUES + _ENDS)):
            kind = "short"
        elif (long_line or continues or ends_sentence) and not is_heading:
            kind = "prose"
        else:
            kind = "short"
        out.append((s, e, kind))
        prev, prev_line = kind, line
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each prose sentence; headings, cells and captions are left out."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if not run:
            return
        a, b = run[0][0], run[-1][1]
        start = a
        for m in _SENTENCE_END.finditer(text, a, b):
            if _ABBREV.search(text[start : m.start()].rstrip("»”) ")):
                continue
            out.append((start, m.start()))
            start = m.end()
        out.append((start, b))
        run.clear()

    for s, e, kind in line_kinds(text):
        if kind == "prose":
            run.append((s, e))
        else:
            flush()
    flush()
    cleaned = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 3:
            cleaned.append((s, e))
    return cleaned


def cells(text: str) -> list[tuple[int, int, str]]:
    """Label + value pairs from runs of short lines (tables, key-figure boxes):
    (start, end, caption). A run that starts with a figure pairs each value with the line
    after it (key-figure boxes); otherwise with the line before it (table rows)."""
    out: list[tuple[int, int, str]] = []
    caption = ""
    run: list[tuple[int, int]] = []

    def numeric(span: tuple[int, int]) -> bool:
        return bool(_NUMERIC.match(text[span[0] : span[1]].strip()))

    def flush() -> None:
        nonlocal caption
        lines = []
        for span in run:
            if _CAPTION.match(text[span[0] : span[1]].strip()):
                caption = text[span[0] : span[1]].strip()
            else:
                lines.append(span)
        run.clear()
        if not lines:
            return
        value_first = numeric(lines[0])
        for j, span in enumerate(lines):
            if not numeric(span):
                continue
            other = j + 1 if value_first else j - 1
            label = lines[other] if 0 <= other < len(lines) else None
            if (
                label
                and not numeric(label)
                and label[1] - label[0] <= 70
                and not _TERMINAL.search(text[label[0] : label[1]].strip())
            ):
                a, b = sorted((span, label))
                out.append((a[0], b[1], caption))

    for s, e, kind in line_kinds(text):
        if kind == "short":
            run.append((s, e))
        elif kind == "prose":
            flush()
            caption = ""
    flush()
    return out
