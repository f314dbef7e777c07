"""The README's « Contrat de réponse » section, generated from the contract's JSON Schema: one
table row per field, then the schema itself. `python -m assistant.schema_doc` rewrites the
section in README.md; a test checks that the README's copy is the code's."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .contract import SCHEMA_VERSION, answer_schema

BEGIN = "<!-- contrat:début (généré par python -m assistant.schema_doc) -->"
END = "<!-- contrat:fin -->"
_TYPES = {
    "string": "texte",
    "integer": "entier",
    "number": "nombre",
    "boolean": "booléen",
    "null": "null",
    "object": "objet",
}

_PLURALS = {f: f + "s" for f in ("texte", "entier", "nombre", "booléen", "objet")}


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        return defs[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _type(node: dict[str, Any], defs: dict[str, Any]) -> str:
    node = _resolve(node, defs)
    if "enum" in node:
        return " ou ".join(f"« {v} »" for v in node["enum"])
    if "anyOf" in node:
        return " ou ".join(_type(n, defs) for n in node["anyOf"])
    kind = node.get("type", "")
    if kind == "array":
        items = _type(node.get("items", {}), defs)
        items = _PLURALS.get(items, items)
        return ("liste d'" if items[0] in "aeiouéo" else "liste de ") + items
    if kind == "object" and "additionalProperties" in node and "properties" not in node:
        return f"objet (nom → {_type(node['additionalProperties'], defs)})"
    return _TYPES.get(kind, kind or "quelconque")


def _children(node: dict[str, Any], defs: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The object a field holds (directly, in a list, or beside null), with its path suffix."""
    node = _resolve(node, defs)
    if "anyOf" in node:
        objects = [n for n in node["anyOf"] if n.get("type") != "null"]
        return _children(objects[0], defs) if len(objects) == 1 else None
    if node.get("type") == "array":
        inner = _children(node.get("items", {}), defs)
        return ("[]" + inner[0], inner[1]) if inner else None
    return ("", node) if "properties" in node else None


def _rows(node: dict[str, Any], defs: dict[str, Any], prefix: str) -> list[str]:
    rows = []
    for name, field in node["properties"].items():
        path = f"{prefix}{name}"
        description = field.get("description") or _resolve(field, defs).get("description", "")
        description = " ".join(description.split())
        rows.append(f"| `{path}` | {_type(field, defs)} | {description} |")
        inner = _children(field, defs)
        if inner:
            rows += _rows(inner[1], defs, f"{path}{inner[0]}.")
    return rows


def markdown() -> str:
    """The generated section, markers included."""
    schema = answer_schema()
    defs = schema.get("$defs", {})
    table = "\n".join(["| champ | type | sens |", "|---|---|---|", *_rows(schema, defs, "")])
    dumped = json.dumps(schema, ensure_ascii=False, indent=1)
    return (
        f"{BEGIN}\n"
        f"Version du contrat : `{SCHEMA_VERSION}` (champ `schema_version`).\n\n"
        f"{table}\n\n"
        "<details><summary>Le schéma JSON complet (aussi servi par <code>GET /api/schema"
        "</code>)</summary>\n\n"
        f"```json\n{dumped}\n```\n\n</details>\n"
        f"{END}"
    )


def rewrite(readme: Path) -> bool:
    """Put the generated section in `readme` between its markers; True if it changed."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    new = text[:start] + markdown() + text[end:]
    if new != text:
        readme.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("README.md")
    print(f"{path} : {'mis à jour' if rewrite(path) else 'déjà à jour'}")
