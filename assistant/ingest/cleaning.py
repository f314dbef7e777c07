"""Pure text cleaning for pypdf output: glyph names, Unicode, running lines, hyphenation."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_GLYPHS = {name: str(i) for i, name in enumerate(_DIGITS)} | {
    "period": ".",
    "comma": ",",
    "percent": "%",
    "hyphen": "-",
    "slash": "/",
    "colon": ":",
    "semicolon": ";",
    "parenleft": "(",
    "parenright": ")",
    "plus": "+",
    "minus": "−",
    "space": " ",
}
_SUPERSCRIPTS = dict(zip(_DIGITS, "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
_SUBSCRIPTS = dict(zip(_DIGITS, "₀₁₂₃₄₅₆₇₈₉", strict=True))
_SUPER_SUFFIXES = {"sups", "sup", "superior"}
_SUB_SUFFIXES = {"subs", "sub", "inferior", "inf", "sinf"}
_PLAIN_SUFFIXES = {"pnum", "tnum", "osf", "tosf", "lf", "tf", "onum", "lnum", "oldstyle"}
_PLAIN_SUFFIXES |= {"taboldstyle", "numr", "dnom", "sc", "smcp", "c2sc"}
_SUFFIXES = sorted(_PLAIN_SUFFIXES | _SUPER_SUFFIXES | _SUB_SUFFIXES, key=len, reverse=True)
# Only suffixed names: bare ones ("/one", "/period") are decoded by pypdf or are URL parts.
GLYPH_NAME_RE = re.compile(
    rf"/({'|'.join(sorted(_GLYPHS, key=len, reverse=True))})((?:\.(?:{'|'.join(_SUFFIXES)}))+)"
)

# Compatibility forms that carry meaning (m², CO₂, 1º) or that we want to keep (…): not NFKC'd.
_NFKC_KEEP = "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉ºª…"
_NFKC_SPANS_RE = re.compile(f"[^{_NFKC_KEEP}]+")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b-\x1f\x7f]")
_SPACES_RE = re.compile(r"[ \t]+")


def fix_glyph_names(text: str) -> str:
    """Turn glyph names that pypdf could not decode ("/two.pnum") back into characters."""

    def repl(match: re.Match[str]) -> str:
        name, suffixes = match.group(1), set(match.group(2).split(".")[1:])
        if name in _SUPERSCRIPTS and suffixes & _SUPER_SUFFIXES:
            return _SUPERSCRIPTS[name]
        if name in _SUBSCRIPTS and suffixes & _SUB_SUFFIXES:
            return _SUBSCRIPTS[name]
        return _GLYPHS[name]

    return GLYPH_NAME_RE.sub(repl, text)


def normalize(text: str) -> str:
    """NFKC (ligatures, all Unicode spaces incl. NBSP → ' '), soft hyphens and invisibles out,
    hyphen variants → '-', spaces collapsed and each line stripped; line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = re.sub("\u00ad[ \t]*\n[ \t]*", "", text)  # a soft hyphen at a line end is a word break
    text = text.replace("\u00ad", "")
    text = _INVISIBLE_RE.sub("", text)
    text = _NFKC_SPANS_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.replace("\u2010", "-")  # NFKC turns U+2011 (non-breaking hyphen) into U+2010
    return "\n".join(_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))


_NUMBER_RE = re.compile(r"(?<![\d,.])\d{1,4}(?!\d|[,.]\d)")


def _edge_indexes(lines: list[str], width: int) -> list[int]:
    """Indexes of the first and last `width` non-empty lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:width] + filled[-width:]))


def _page_offsets(split: list[list[str]], width: int) -> Counter[int]:
    """For each offset k, on how many pages an edge line shows the number page + k."""
    offsets: Counter[int] = Counter()
    for number, lines in enumerate(split, start=1):
        found = {
            int(n) - number
            for i in _edge_indexes(lines, width)
            for n in _NUMBER_RE.findall(lines[i])
        }
        offsets.update(found)
    return offsets


def _line_key(line: str, number: int = 0, offsets: frozenset[int] = frozenset()) -> str:
    """Digits masked, whitespace removed, case folded: "Page 4 / 28" → "page#/#". A line of
    figures only is masked when it shows the page number, so a lone "0" in a chart stays."""
    key = re.sub(r"\s+", "", line).casefold()
    if re.search(r"[^\W\d_]", key) or any(
        int(n) - number in offsets for n in _NUMBER_RE.findall(line)
    ):
        return re.sub(r"\d+", "#", key)
    return key


# A key seen more than twice on one page is that page's content (table rows, log lines that
# differ only by their numbers), not a running header or footer (which shows once or twice).
_MAX_RUNNING_REPEATS = 2
# A page longer than its two edges keeps all its lines when removal would leave it with less
# than this share of its characters: the whole page cannot be header and footer.
_MIN_KEPT_SHARE = 0.1


def remove_running_lines(pages: list[str], width: int = 3) -> list[str]:
    """Drop header/footer lines: same key among the edge lines of at least half the pages, shown
    at most twice on the page, and no card's field with its own value on each page
    (`_may_run`); a page with more lines than its edges is never (nearly) emptied."""
    if len(pages) < 3:
        return list(pages)
    threshold = max(2, math.ceil(len(pages) / 2))
    original = [page.split("\n") for page in pages]
    counted = _page_offsets(original, width)
    offsets = frozenset(k for k, n in counted.items() if n >= threshold)
    repeats = [
        Counter(_line_key(line, p, offsets) for line in lines if line.strip())
        for p, lines in enumerate(original, start=1)
    ]
    loose = _peeled(original, repeats, offsets, threshold, width, strict=False)
    kept = _peeled(original, repeats, offsets, threshold, width, strict=True)
    # a page the loose reading (any numbers) would empty is content whole, as before (a form
    # printed on every page); else only the lines whose numbers run with the pages go
    return [
        "\n".join(before if _would_empty(before, emptied, width) else after)
        for before, emptied, after in zip(original, loose, kept, strict=True)
    ]


def _peeled(
    original: list[list[str]],
    repeats: list[Counter[str]],
    offsets: frozenset[int],
    threshold: int,
    width: int,
    strict: bool,
) -> list[list[str]]:
    """The pages without their running lines; `strict`: not a card's field (`_may_run`)."""
    split = original
    running: set[str] = set()
    for _ in range(3):  # peel: a header under a removed header becomes an edge line
        keys = [
            {
                i: key
                for i in _edge_indexes(lines, width)
                if page_repeats[key := _line_key(lines[i], p, offsets)] <= _MAX_RUNNING_REPEATS
            }
            for p, (lines, page_repeats) in enumerate(zip(split, repeats, strict=True), start=1)
        ]
        counts = Counter(key for page_keys in keys for key in set(page_keys.values()))
        new = {
            key
            for key, n in counts.items()
            if n >= threshold and key and (not strict or _may_run(key, split, keys, offsets))
        } - running
        if not new:
            break
        running |= new
        split = [
            [line for i, line in enumerate(lines) if page_keys.get(i) not in running]
            for lines, page_keys in zip(split, keys, strict=True)
        ]
    return split


def _may_run(
    key: str, split: list[list[str]], keys: list[dict[int, str]], offsets: frozenset[int]
) -> bool:
    """Whether the lines of `key` may be running lines: not a card's field printed on each
    page with its own value after a colon (« Projets soutenus en 2023 : 41 », « … : 126 »), a
    value that changes from page to page and is no page number (the page's number plus a
    printed offset); a field the same on every page (« Standard : 3615 ») may run."""
    values: set[str] = set()
    folios = True  # every value is a page number
    for p, (lines, page_keys) in enumerate(zip(split, keys, strict=True), start=1):
        for i, k in page_keys.items():
            m = _FIELD_VALUE_RE.search(lines[i]) if k == key else None
            if m is not None:
                values.add(m.group(1))
                folios = folios and int(m.group(1)) - p in offsets
    return len(values) < 2 or folios


# a field's value after its label's colon (« Projets soutenus en 2023 : 41 »)
_FIELD_VALUE_RE = re.compile(r"(?<!\d):\s*(\d{1,4})\s*$")  # not a time « 10:42 »


def _would_empty(before: list[str], after: list[str], width: int) -> bool:
    """True when removal leaves (nearly) nothing of a page that had more lines than its edges."""
    if sum(1 for line in before if line.strip()) <= 2 * width:
        return False  # short enough to be only a header and a footer
    kept = sum(len(line.strip()) for line in after)
    return kept < _MIN_KEPT_SHARE * sum(len(line.strip()) for line in before)


def infer_page_labels(pages: list[str], width: int = 4) -> list[str] | None:
    """Printed page numbers read in the edge lines (181, 182… on pages 1, 2…) when they run at
    one positive offset on at least half the pages (and 3); None otherwise."""
    if len(pages) < 3:
        return None
    counted = _page_offsets([page.split("\n") for page in pages], width)
    if not counted:
        return None
    offset, count = counted.most_common(1)[0]
    if offset <= 0 or count < max(3, math.ceil(len(pages) / 2)):
        return None
    return [str(number + offset) for number in range(1, len(pages) + 1)]


# Line-end "X-" + "y…" where the hyphen belongs to the word, for documents too short to tell.
_COMPOUND_HEADS = (
    "après arrière avant ceux celle celles celui demi dix est-à grand haut hors non nord ouest "
    "peut petit sans semi sous sud vice vis-à"
)
_COMPOUND_TAILS = "ci là être à-dire même mêmes il ils elle elles on t-il t-elle t-on"
_KEEP_BEFORE = frozenset(_COMPOUND_HEADS.split())
_KEEP_AFTER = frozenset(_COMPOUND_TAILS.split())
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
_EOL_HYPHEN_RE = re.compile(r"(\S*?)(\w)-\n(?=(\w)(\S*))")


def words_of(text: str) -> set[str]:
    """Lower-cased words printed whole (hyphens kept, line-end fragments left out)."""
    text = re.sub(r"\S*-\n\S*", " ", text)
    return {w.casefold() for w in re.findall(r"\w+(?:-\w+)*", text)}


def _keeps_hyphen(stem: str, tail: str, vocabulary: set[str] | frozenset[str]) -> bool:
    """Decide "stem-tail" (compound) against "stemtail" (a word split by hyphenation)."""
    if f"{stem}-{tail}" in vocabulary:
        return True
    if stem + tail in vocabulary:
        return False
    last = stem.rsplit("-", 1)[-1]
    if last[-1:] in _VOWELS and tail[:1] in _VOWELS:  # no break between vowels: "micro-ordinateur"
        return True
    if last in vocabulary and tail in vocabulary:  # "femmes-\nhommes", "questions-\nréponses"
        return True
    return stem in _KEEP_BEFORE or last in _KEEP_BEFORE or tail in _KEEP_AFTER


def join_hyphenation(text: str, vocabulary: set[str] | frozenset[str] = frozenset()) -> str:
    """Join "parte-\\nnariat" → "partenariat"; keep the hyphen (and drop the line break) before a
    capital or a digit, for known compounds, and for compounds the document prints whole."""

    def repl(match: re.Match[str]) -> str:
        before, last, first, rest = match.groups()
        head = before + last
        if not (last.isalpha() and first.islower()):
            return head + "-"  # "Saint-\nÉtienne", "2016-\n2020"
        stem = re.split(r"[(«“\"’']", head)[-1].casefold()
        tail = re.split(r"[^\w-]", first + rest)[0].casefold()
        return head + "-" if _keeps_hyphen(stem, tail, vocabulary) else head

    return _EOL_HYPHEN_RE.sub(repl, text)


_LEADER_RE = re.compile(r"[ \t]*(?:(?:\.[ \t]?){4,}|(?:…[ \t]?){2,})[ \t]*")
# A short leader squeezed by a long title: "… des condamnés . 46" (prose never has " . ").
_SHORT_LEADER_RE = re.compile(r"[ \t]+(?:\.[ \t]+)+(?=\d{1,4}$)")


def collapse_dot_leaders(text: str) -> str:
    """Table-of-contents leaders: "Introduction ....... 3" → "Introduction … 3" ("..." stays)."""
    lines = (_SHORT_LEADER_RE.sub(" … ", _LEADER_RE.sub(" … ", line)) for line in text.split("\n"))
    return "\n".join(line.strip() for line in lines)


def tidy(text: str) -> str:
    """Collapse spaces, strip lines, keep at most one blank line between paragraphs."""
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def clean_page(raw: str) -> str:
    """One page cleaned on its own: its running lines kept (there is no document to compare
    with), its hyphenation left as printed."""
    return tidy(collapse_dot_leaders(normalize(fix_glyph_names(raw))))


# A running line that stamps the copy, not the edition: a time (« 12/03/2026 14:32 »), a web
# address, a print or download date (« Imprimé le … », « Téléchargé le … depuis … »).
_STAMP_RE = re.compile(
    r"\b\d{1,2}\s*[:h]\s*\d{2}\b|https?://|\bwww\.|\b(?:imprimé|téléchargé|consulté|généré"
    r"|exporté|édité le)e?s?\b",
    re.I,
)


def cover_page(raw: str, cleaned: str) -> str:
    """The first page as printed, for dating the document: cleaned on its own, its running
    header and footer kept (« Baromètre … · édition avril 2025 ») but for the lines that stamp
    the copy (`_STAMP_RE`); `cleaned` is the same page cleaned with its document."""
    kept = set(cleaned.split("\n"))
    lines = clean_page(raw).split("\n")
    return "\n".join(x for x in lines if x in kept or not _STAMP_RE.search(x))


def clean_pages(raw_pages: list[str]) -> list[str]:
    """The whole pipeline, page by page, with document-level running lines and vocabulary."""
    pages = [normalize(fix_glyph_names(page)) for page in raw_pages]
    pages = remove_running_lines(pages)
    vocabulary = words_of("\n".join(pages))
    pages = [join_hyphenation(page, vocabulary) for page in pages]
    return [tidy(collapse_dot_leaders(page)) for page in pages]
