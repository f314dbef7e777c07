"""The README's two commands are the ones CI runs, and it documents every subcommand."""

import json
import re

from conftest import REPO

from assistant.cli import build_parser
from assistant.types import KINDS
from ui.filters import make_filter

README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")


def start_commands() -> list[str]:
    section = README.split("## Démarrage", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section, flags=re.S)


def test_two_commands_install_run_and_test():
    install, tests = start_commands()[:2]
    steps = [s.strip() for s in install.split("&&")]
    assert steps[:3] == [
        "python3 -m venv .venv",
        ".venv/bin/pip install torch==2.13.0",
        '.venv/bin/pip install -e ".[dev]"',
    ]
    assert any(s.startswith(".venv/bin/assistant ingest") for s in steps)
    assert tests.strip() == ".venv/bin/python -m pytest"


def test_ci_runs_the_readme_install_steps_and_test_command():
    install, tests = start_commands()[:2]
    ci_lines = [line.strip().removeprefix("quiet ") for line in CI.splitlines()]
    for step in [s.strip() for s in install.split("&&")][:3]:
        assert step.replace(" -q", "") in [line.replace(" -q", "") for line in ci_lines], step
    assert tests.strip() in ci_lines


def test_every_subcommand_is_documented():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"assistant {name}" in README, name


def test_torch_is_pinned_in_the_project():
    assert '"torch==2.13.0"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")


def test_source_paths_named_in_the_readme_exist():
    """A module moved into a package (`assistant/contract.py` → `assistant/contract/`) leaves
    no stale path behind."""
    named = set(re.findall(r"`((?:assistant|ui|evals|tests)/[\w/.-]*)`", README))
    assert named, "the README names source files"
    missing = sorted(p for p in named if not (REPO / p.rstrip("/")).exists())
    assert not missing, missing


def test_api_kinds_example_lists_every_accepted_kind():
    """« API JSON » shows every kind the API accepts, « autre » (uncatalogued PDFs) included."""
    section = README.split("### API JSON", 1)[1].split("\n### ", 1)[0]
    example = re.search(r"`kinds`\s*\(`(\[.*?\])`", section, flags=re.S)
    assert example, "the kinds example is in « API JSON »"
    shown = tuple(json.loads(example.group(1)))
    assert shown == KINDS
    assert make_filter(shown) is not None  # the API takes each of them
