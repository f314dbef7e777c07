"""Signs before figures: whether a dash or a plus before a share is its sign (« −1,6 % »,
« – 3,4 % » in a column of changes) or a list's dash (« -35 % des adhérents »), and whether a
signed number continues a list of differences in points (« de +9 chez les dirigeants »)."""

from __future__ import annotations

import re

# A sign glued to a share (rule `signed_shares`), not a range's dash (« 20-40 % ») nor a
# hyphen inside a word.
_SIGNED_RE = re.compile(r"(?<![\w%.,/−–+-])[+−–-]$")
# … or a space apart, opening a cell's line (« – 3,4 % » under « Évolution 2015-2022 »)
_SPACED_SIGN_RE = re.compile(r"(?:^|(?<=\n))[ \t]*[+−–-](?= $)")
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")
_PLUS_CELL_RE = re.compile(r"[ \t]*\+[ \t]\d[\d \u00a0\u202f]*(?:,\d+)?[ \t]*%[ \t]*")
# a column header saying its cells are changes (« Évolution 2015-2022 », « Variation (%) »)
_CHANGE_HEADER_RE = re.compile(r"(?:é|e)volutions?\b|variations?\b|écarts?\b", re.I)
SIGNED_LINES = 12  # lines walked from a spaced sign, up and down its table
MAX_CELL_WORDS = 6  # a longer line, or one ending on « : » or « . », is prose: the table stops


def _signed_column(text: str, start: int) -> bool:
    """Whether a share with a sign a space apart (« – 3,4 % » alone on its line) stands in a
    column of changes: within its table (the lines up and down to the first line of prose), a
    header saying changes (« Évolution 2015-2022 ») or a « + 7,1 % » cell. Dashes before
    shares under « Chiffres clés » or « Les priorités des associations : » are bullets, an em
    dash in prose no sign."""
    lines = text.split("\n")
    at = text.count("\n", 0, start)
    if _PLUS_CELL_RE.fullmatch(lines[at].strip()):
        return True  # « + 7,1 % » itself
    for step in (-1, 1):
        k = at
        for _ in range(SIGNED_LINES):
            k += step
            if not 0 <= k < len(lines):
                break
            line = lines[k].strip()
            if _PLUS_CELL_RE.fullmatch(line):
                return True
            if step < 0 and _CHANGE_HEADER_RE.search(line):
                return True
            if len(line.split()) > MAX_CELL_WORDS or line.endswith((":", ".")):
                break
    return False


def _bullet(text: str, sign: int, end: int) -> bool:
    """Whether a dash before a share opens an item of a list of shares of a population (« -35 %
    des adhérents sont des femmes ; », with no « + » item beside it), not a signed change
    (« -12 % de licenciés en un an », « −1,6 % » in a cell)."""
    if text[sign] not in "-–" or (sign and text[sign - 1] != "\n"):
        return False
    if not re.match(r"\s+(?:des\s|d['’])", text[end : end + 6]):
        return False  # « -12 % de licenciés »: a change of a count
    start = text.rfind("\n", 0, max(0, sign - 1)) + 1
    stop = text.find("\n", end)
    stop = text.find("\n", stop + 1) if stop >= 0 else -1
    block = text[start : len(text) if stop < 0 else stop]
    return not re.search(r"(?m)^\+", block)  # « +8 % … » beside it: the list holds changes


# Between a difference in points and the next item of its list: a few words, a comma or « et »
# (and the « de » of « de +9 »), no number nor end of sentence.
LISTED_REACH = 80  # characters from a difference in points to the next item of its list
_LIST_LINK_RE = re.compile(r"[^\d.;:!?(\n]{0,60}?(?:,|\bet)(?:\s+(?:de|d['’]|à))?\s*")


def listed_change(flat: str, points_end: int | None, start: int) -> bool:
    """Whether the signed number at `start` follows a figure in points (ending at
    `points_end`) as the next item of its list (« de 17 points chez les Français, de +9 chez
    les dirigeants, de +4 … »)."""
    return (
        points_end is not None
        and start - points_end <= LISTED_REACH
        and _LIST_LINK_RE.fullmatch(flat, points_end, start) is not None
    )


def share_sign(text: str, flat: str, start: int, end: int) -> re.Match[str] | None:
    """The sign of the share printed from `start` to `end`, if it has one (rule
    `signed_shares`): glued to it (« −1,6 % », « (−40 %) »), or a space apart alone on a cell's
    line in a column of changes (« – 3,4 % »); not a list's dash (« -35 % des adhérents »)."""
    signed = _SIGNED_RE.search(flat, max(0, start - 1), start)
    if signed is None:  # « – 3,4 % » alone on its line: a cell of a column of changes
        spaced = _SPACED_SIGN_RE.search(text, max(0, start - 4), start)
        if spaced is not None and _LINE_END_RE.match(text, end) and _signed_column(text, start):
            signed = spaced
    if signed and _bullet(text, signed.start(), end):
        return None  # « -35 % des adhérents … » opening a line: a list's dash
    return signed
