"""Answers as Markdown for reports: the text with `[^n]` footnotes giving each source's title,
kind, date, printed page, PDF page and URL, and the figures with their ✓ / ⚠. One renderer for
`assistant ask --format md` and the interface's « Exporter » buttons.

Works on the `Answer.to_dict()` shape (the `ask --json` contract) and reads it tolerantly, so
that fields added to the contract never break an export."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .checks.citations import CITATION_RE, marker_numbers

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
KIND_NAMES = {"fiche": "fiche", "bulletin": "bulletin", "étude": "étude", "autre": "document"}
OFF_CATALOGUE = "hors catalogue"
# Characters Markdown would act on inside running text (a PDF's "*" or "_" stays as printed).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_MARK = re.compile(r"^([#+\-=])", re.MULTILINE)  # heading, list or rule opening a line
_LIST_NUMBER = re.compile(r"^(\d+)([.)])", re.MULTILINE)

Record = Mapping[str, Any]


def french_date(date: str) -> str:
    """ISO "YYYY-MM-DD" / "YYYY-MM" / "YYYY" in French words; « date inconnue » otherwise."""
    parts = str(date or "").split("-")
    if not parts[0].isdigit():
        return "date inconnue"
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 3 and parts[2].isdigit():
            day = int(parts[2])
            return f"{'1er' if day == 1 else day} {month}"
        return month
    return parts[0]


def md_escape(text: str) -> str:
    """Plain text that Markdown shows as typed (no emphasis, links or headings from a PDF)."""
    text = _SPECIAL.sub(r"\\\1", str(text))
    text = _LIST_NUMBER.sub(r"\1\\\2", text)  # "2021." opening a line is not a list item
    return _LINE_MARK.sub(r"\\\1", text)


def source_line(c: Record) -> str:
    """One source: « title » (kind, date), printed page, PDF page, file, URL."""
    page = int(c.get("page") or 0)
    label = str(c.get("page_label") or page)
    kind = KIND_NAMES.get(str(c.get("kind", "")), str(c.get("kind") or "document"))
    parts = [
        f"« {md_escape(str(c.get('title') or c.get('source', '')))} » "
        f"({kind}, {french_date(str(c.get('date', '')))})",
        f"p. {md_escape(label)} (page {page} du PDF)",
        md_escape(str(c.get("source", ""))),
    ]
    if c.get("url"):
        parts.append(f"<{c['url']}>")
    if c.get("catalogued", True) is False:
        parts.append(OFF_CATALOGUE)
    return ", ".join(p for p in parts if p)


def _source_key(c: Record) -> tuple[str, int, str]:
    return (str(c.get("source", "")), int(c.get("page") or 0), str(c.get("quote", ""))[:200])


class Footnotes:
    """Footnote numbers across a document: one per distinct cited passage, in order of use."""

    def __init__(self) -> None:
        self.lines: dict[tuple[str, int, str], tuple[int, str]] = {}

    def number(self, c: Record) -> int:
        key = _source_key(c)
        if key not in self.lines:
            self.lines[key] = (len(self.lines) + 1, source_line(c))
        return self.lines[key][0]

    def render(self) -> list[str]:
        return [f"[^{n}]: {line}" for n, line in self.lines.values()]


def _body(answer: Record, notes: Footnotes) -> list[str]:
    """The answer's paragraphs: text with footnote calls, figures line, nearest documents."""
    by_n = {int(c["n"]): c for c in answer.get("citations") or () if "n" in c}
    label = {n: notes.number(c) for n, c in sorted(by_n.items())}
    text = str(answer.get("answer", "")).strip()
    out, pos = [], 0
    for m in CITATION_RE.finditer(text):
        out.append(md_escape(text[pos : m.start()]))
        nums = [n for n in marker_numbers(m.group()) if n in label]
        out.append("".join(f"[^{label[n]}]" for n in nums) if nums else md_escape(m.group()))
        pos = m.end()
    out.append(md_escape(text[pos:]))
    lines = ["".join(out)]
    marks: list[str] = []
    for f in answer.get("figures") or ():
        if not f.get("text"):
            continue
        call = f"[^{label[f['citation']]}]" if f.get("citation") in label else ""
        mark = f"{md_escape(f['text'])} {'✓' if f.get('verified') else '⚠'}{call}"
        if mark not in marks:  # a figure quoted twice from one page is checked once
            marks.append(mark)
    if marks:
        lines += ["", "Chiffres vérifiés sur la page citée : " + ", ".join(marks) + "."]
    nearest = answer.get("nearest") or ()
    if nearest and not by_n:
        lines += ["", "Documents les plus proches :", ""]
        lines += [f"- {source_line(d)}" for d in nearest]
    return lines


def answer_markdown(answer: Record) -> str:
    """One answer: its question as a heading, the text with `[^n]` calls, then the notes."""
    return conversation_markdown([answer], title="")


def conversation_markdown(answers: Sequence[Record], title: str = "Conversation") -> str:
    """Several answers in order, with one numbering of footnotes (a passage cited twice has
    one note)."""
    notes = Footnotes()
    lines = [f"# {md_escape(title)}", ""] if title and len(answers) > 1 else []
    level = "##" if lines else "#"
    for answer in answers:
        lines += [f"{level} {md_escape(str(answer.get('question', '')).strip())}", ""]
        lines += [*_body(answer, notes), ""]
    if notes.lines:
        lines += [*notes.render(), ""]
    return "\n".join(lines)
