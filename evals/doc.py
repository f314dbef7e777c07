"""A tiny document model rendered both as Markdown and as a self-contained HTML page.

Blocks: ("h", level, text) · ("p", text) · ("ul", [items]) · ("img", src, alt)
        ("table", [headers], [[cells]])  — cells are already formatted strings."""

from __future__ import annotations

from html import escape
from typing import Any

Block = tuple[Any, ...]

_CSS = """
body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
h1{color:#1f3a68}h2{border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.8em 0}th,td{border:1px solid #ccd;padding:.25em .6em}
th{background:#eef}td.n{text-align:right;font-variant-numeric:tabular-nums}
img{max-width:100%;border:1px solid #eee;margin:.5em 0}li{margin:.2em 0}
"""


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _is_number(text: str) -> bool:
    t = str(text).replace("+", "").replace("−", "").replace("-", "").replace(".", "").strip()
    return t.isdigit() or t == "—"


def to_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out += ["#" * b[1] + " " + b[2], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {item}" for item in b[1]] + [""]
        elif kind == "img":
            out += [f"![{b[2]}]({b[1]})", ""]
        elif kind == "table":
            headers, rows = b[1], b[2]
            align = [
                "---:" if rows and all(_is_number(r[i]) for r in rows) else "---"
                for i in range(len(headers))
            ]
            out.append("| " + " | ".join(_md_cell(h) for h in headers) + " |")
            out.append("|" + "|".join(align) + "|")
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_html(blocks: list[Block], title: str) -> str:
    body: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            body.append(f"<h{b[1]}>{escape(b[2])}</h{b[1]}>")
        elif kind == "p":
            body.append(f"<p>{escape(b[1])}</p>")
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{escape(str(i))}</li>" for i in b[1]) + "</ul>")
        elif kind == "img":
            body.append(f'<p><img src="{escape(b[1])}" alt="{escape(b[2])}"></p>')
        elif kind == "table":
            head = "".join(f"<th>{escape(str(h))}</th>" for h in b[1])
            rows = "".join(
                "<tr>"
                + "".join(
                    f'<td class="n">{escape(str(c))}</td>'
                    if _is_number(c)
                    else f"<td>{escape(str(c))}</td>"
                    for c in row
                )
                + "</tr>"
                for row in b[2]
            )
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    return (
        f'<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
