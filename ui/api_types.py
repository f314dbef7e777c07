"""The answer's shape as Python type hints, for Gradio's API page and `Client.view_api()`.

Gradio describes a `gr.api` endpoint from its function's type hints, not from a JSON Schema;
these TypedDicts are derived from the contract's schema (assistant/contract/), so the two
cannot differ."""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from assistant.contract import answer_schema

_SCALARS: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool}


def _hint(schema: dict[str, Any], defs: dict[str, Any], made: dict[str, Any]) -> Any:
    """The Python type of one JSON Schema node (objects become TypedDicts, named once)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name not in made:
            made[name] = _typed_dict(name, defs[name], defs, made)
        return made[name]
    if "enum" in schema:
        return Literal[tuple(schema["enum"])]
    if "anyOf" in schema:
        hints = [_hint(s, defs, made) for s in schema["anyOf"]]
        union = hints[0]
        for h in hints[1:]:
            union = union | h
        return union
    kind = schema.get("type")
    if kind == "null":
        return type(None)
    if kind == "array":
        return list[_hint(schema.get("items", {}), defs, made)]  # type: ignore[misc]
    if kind == "object" and "properties" in schema:
        return _typed_dict(str(schema.get("title", "Objet")), schema, defs, made)
    if kind == "object":
        return dict[str, _hint(schema.get("additionalProperties", {}), defs, made)]  # type: ignore[misc]
    return _SCALARS.get(str(kind), Any)


def _typed_dict(name: str, schema: dict[str, Any], defs: dict[str, Any], made: dict) -> Any:
    fields = {k: _hint(v, defs, made) for k, v in schema.get("properties", {}).items()}
    # total=False where a field may be left out (the filter writes only what is set)
    total = set(schema.get("required", [])) == set(fields)
    return TypedDict(name, fields, total=total)  # type: ignore[operator]


def answer_type() -> Any:
    schema = answer_schema()
    return _typed_dict("Answer", schema, schema.get("$defs", {}), {})


ANSWER_JSON = answer_type()
