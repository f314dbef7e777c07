"""The answer contract: the schema covers every field `ask --json` ever wrote, the golden answers
are what the real assistant answers today (through the library and the CLI), and the README
shows the schema the code publishes."""

from __future__ import annotations

import json
import math
from typing import Any

import jsonschema
import pytest
from conftest import REPO
from golden_answers import QUESTIONS, load, stable

from assistant.cli import run
from assistant.contract import SCHEMA_VERSION, Answer, answer_schema
from assistant.schema_doc import BEGIN, END, markdown

BEFORE = json.loads((REPO / "tests" / "golden" / "contract-before.json").read_text("utf-8"))
GOLDEN = {name: load(name) for name in QUESTIONS}
# Written only when set (`{}` without a filter): absent from an answer without that filter.
CONDITIONAL = ("retrieval.filter.",)


def paths(value: Any, prefix: str = "") -> set[str]:
    """Every key path of a JSON value ("citations[]", "citations[].n", "retrieval.hits[].score")."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            found |= {path} | paths(item, path)
    elif isinstance(value, list):
        for item in value:
            found |= {prefix + "[]"} | paths(item, prefix + "[]")
    return found


def schema_at(path: str) -> list[dict[str, Any]]:
    """The schema nodes a key path can hold (the alternatives of a union, resolved)."""
    schema = answer_schema()
    defs = schema["$defs"]

    def expand(node: dict[str, Any]) -> list[dict[str, Any]]:
        if "$ref" in node:
            return expand(defs[node["$ref"].rsplit("/", 1)[-1]])
        if "anyOf" in node:
            return [n for alt in node["anyOf"] for n in expand(alt)]
        return [node]

    nodes = [schema]
    for step in path.replace("[]", ".[]").split("."):
        nxt = []
        for node in nodes:
            if step == "[]" and node.get("type") == "array":
                nxt += expand(node["items"])
            elif "properties" in node and step in node["properties"]:
                nxt += expand(node["properties"][step])
            elif isinstance(node.get("additionalProperties"), dict):
                nxt += expand(node["additionalProperties"])
        nodes = nxt
    return nodes


def json_types(nodes: list[dict[str, Any]]) -> set[str]:
    types = {n.get("type", "string" if "enum" in n else "") for n in nodes}
    return types | ({"integer"} if "number" in types else set())  # 1 is a number too


@pytest.mark.parametrize("path", sorted(BEFORE["fields"]))
def test_every_field_of_the_previous_output_keeps_its_name_and_type(path):
    nodes = schema_at(path)
    assert nodes, f"champ disparu du contrat : {path}"
    assert set(BEFORE["fields"][path]) <= json_types(nodes), path


def test_golden_answers_hold_every_field_the_previous_output_had():
    now = paths(GOLDEN["answer"]) | paths(GOLDEN["refusal"])
    before = {p for p in BEFORE["fields"] if not p.startswith(CONDITIONAL)}
    assert before <= now, before - now
    assert now - before >= {"schema_version", "citations[].chunk_id", "figures[].category"}


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_golden_answers_follow_the_published_schema(name):
    jsonschema.validate(GOLDEN[name], answer_schema())  # an independent validator
    assert GOLDEN[name]["schema_version"] == SCHEMA_VERSION
    assert Answer.from_dict(GOLDEN[name]).to_dict() == GOLDEN[name]  # nothing lost both ways


def test_schema_rejects_a_removed_field():
    broken = {k: v for k, v in GOLDEN["answer"].items() if k != "citations"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, answer_schema())


def same(a: Any, b: Any) -> bool:
    """Equal JSON, scores compared to 1e-4 (float sums may differ on another processor)."""
    if isinstance(a, float) or isinstance(b, float):
        return (
            isinstance(a, int | float)
            and isinstance(b, int | float)
            and math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-4)
        )
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(same, a, b))
    return bool(a == b)


DRIFT = (
    "La réponse réelle s'écarte de tests/golden/{name}.json : si c'est voulu, régénérez-la "
    "(PYTHONPATH=. .venv/bin/python tests/golden_answers.py) et relisez le diff."
)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_the_real_assistant_still_gives_the_golden_answer(golden_assistant, name):
    answer = stable(golden_assistant.ask(QUESTIONS[name]).to_dict())
    assert same(answer, GOLDEN[name]), DRIFT.format(name=name)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_cli_ask_json_prints_the_golden_answer(golden_assistant, capsys, name):
    s = golden_assistant.settings
    argv = ["ask", "--json", "--corpus", str(s.corpus_dir), "--index", str(s.index_dir)]
    code = run([*argv, QUESTIONS[name]])
    assert code == (1 if GOLDEN[name]["refused"] else 0)
    printed = json.loads(capsys.readouterr().out)
    assert same(stable(printed), GOLDEN[name]), DRIFT.format(name=name)
    assert list(printed) == list(GOLDEN[name])  # the same order of fields too


@pytest.mark.slow
def test_cli_counts_dates_apart_from_quantities(golden_assistant, capsys):
    s = golden_assistant.settings
    argv = ["ask", "--corpus", str(s.corpus_dir), "--index", str(s.index_dir)]
    assert run([*argv, QUESTIONS["answer"]]) == 0
    out = capsys.readouterr().out
    figures = GOLDEN["answer"]["figures"]
    dates = [f["text"] for f in figures if f["category"] == "date"]
    quantities = [f["text"] for f in figures if f["category"] == "quantity"]
    assert dates == ["septembre 2015"] and len(quantities) == 6
    assert "Sur les pages citées : ✓ 6 chiffres vérifiés, 1 date" in out
    assert "Dates : septembre 2015 ✓" in out


def test_readme_shows_the_schema_the_code_publishes():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(BEGIN) : readme.index(END) + len(END)]
    assert section == markdown(), "README périmé : python -m assistant.schema_doc"
    shown = json.loads(section.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert shown == answer_schema()
