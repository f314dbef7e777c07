"""The project's data files (assistant/data/*.toml: word lists and patterns, each entry with its
reason), read the same way by every module that uses one."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any


def read_data(name: str) -> dict[str, Any]:
    """The tables of `assistant/data/<name>`, as written. Callers keep what they build from it
    (compiled patterns, stems) in their own cache."""
    return tomllib.loads(files("assistant").joinpath("data", name).read_text(encoding="utf-8"))
