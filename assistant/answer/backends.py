"""The answer backend the settings name: the extractive one (default, no model), an LLM
through langchain (OpenAI-compatible, Ollama) or llama.cpp, or a scripted stand-in."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from ..errors import ConfigError
from ..reading.query import Query
from ..settings import GenerationSettings
from ..types import Hit
from .generators import ExtractiveGenerator, Generator
from .llm import ChatModelGenerator, LlamaCppGenerator


class ScriptedGenerator:
    """Plays back a fixed answer (tests, demos of the checks): a stand-in for an LLM."""

    name = "scripted"

    def __init__(self, script: str) -> None:
        self.script = script

    def generate(self, query: Query, hits: Sequence[Hit]) -> Iterator[str]:
        for word in self.script.split(" "):
            yield word + " "


def make_generator(conf: GenerationSettings) -> Generator:
    """The backend named by the settings."""
    if conf.backend == "extractive":
        return ExtractiveGenerator(conf)
    if not conf.model:
        raise ConfigError(f"generation.model est requis pour le moteur « {conf.backend} ».")
    if conf.backend == "openai":
        from langchain_openai import ChatOpenAI

        key = os.environ.get(conf.api_key_env, "") or "sans-cle"
        model = ChatOpenAI(
            model=conf.model,
            base_url=conf.base_url or None,
            api_key=key,
            temperature=conf.temperature,
            timeout=conf.timeout_s,
            max_retries=1,
        )
        return ChatModelGenerator(f"openai:{conf.model}", model)
    if conf.backend == "ollama":
        from langchain_ollama import ChatOllama

        ollama = ChatOllama(
            model=conf.model, base_url=conf.base_url or None, temperature=conf.temperature
        )
        return ChatModelGenerator(f"ollama:{conf.model}", ollama)
    if conf.backend == "llamacpp":
        return LlamaCppGenerator(conf.model, conf)
    if conf.backend == "scripted":
        return ScriptedGenerator(conf.model)
    raise ConfigError(f"Moteur de réponse inconnu : « {conf.backend} ».")
