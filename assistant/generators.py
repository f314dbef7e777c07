"""Answer backends. The extractive one (default) needs no model; LLM ones are opt-in. All
stream text with [n] citations numbered like the passages they were given."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ConfigError, GeneratorError
from .extractive import Candidate, candidates, cite, select, with_opener
from .settings import REFUSAL, GenerationSettings
from .types import Hit

if TYPE_CHECKING:
    from .index import Index

SYSTEM_PROMPT = f"""Tu es l'assistant des publications de l'Observatoire des partenariats (Le RAMEAU).
Réponds en français simple et clair, en 1 à 4 phrases, UNIQUEMENT à partir des extraits numérotés fournis.
Termine chaque phrase par le numéro de l'extrait qui la justifie, entre crochets, par exemple [1] ou [2].
Recopie les chiffres exactement comme ils sont écrits dans les extraits. N'invente aucun chiffre, aucune date, aucun nom.
Si deux extraits donnent des chiffres différents pour la même chose, donne les deux avec leur date et leur source.
Si les extraits ne permettent pas de répondre, réponds exactement : « {REFUSAL} »"""


def user_prompt(question: str, hits: Sequence[Hit]) -> str:
    """The numbered passages, then the question."""
    blocks = []
    for n, h in enumerate(hits, 1):
        d = h.chunk.doc
        blocks.append(
            f"[{n}] {d.title} ({d.kind}, {d.date or 's. d.'}), page {h.chunk.page_label}\n"
            f"{h.chunk.text}"
        )
    return "Extraits :\n\n" + "\n\n".join(blocks) + f"\n\nQuestion : {question}"


class Generator(Protocol):
    name: str

    def generate(self, question: str, hits: Sequence[Hit]) -> Iterator[str]: ...


# The refusal reads the best passages only: more passages would let a stray sentence
# somewhere vouch for a question the corpus does not answer.
SUPPORT_HITS = 5


def _best_support(cands: Sequence[Candidate]) -> float:
    return max((c.support for c in cands if c.hit_index < SUPPORT_HITS), default=0.0)


class ExtractiveGenerator:
    """Selects the best sentences of the passages and cites them; copies figures verbatim.
    Says the refusal phrase when no sentence holds enough of the question."""

    name = "extractive"

    def __init__(self, max_sentences: int = 3, min_support: float = 0.5) -> None:
        self.max_sentences = max_sentences
        self.min_support = min_support
        self.idf: Mapping[str, float] = {}
        self._last: tuple[tuple, list[Candidate]] | None = None

    def bind(self, index: Index) -> None:
        """Use the index's term statistics to weigh the question's words."""
        self.idf = index.idf

    def _candidates(self, question: str, hits: Sequence[Hit]) -> list[Candidate]:
        """Scored sentences, kept for the next call with the same question and passages
        (`support` then `generate`)."""
        key = (question, tuple(h.chunk.id for h in hits))
        last = self._last
        if last is None or last[0] != key:
            last = (key, candidates(question, list(hits), self.idf))
            self._last = last
        return last[1]

    def support(self, question: str, hits: Sequence[Hit]) -> float:
        """How much of the question the best sentence holds (what `min_support` is compared to)."""
        return _best_support(self._candidates(question, hits))

    def generate(self, question: str, hits: Sequence[Hit]) -> Iterator[str]:
        cands = self._candidates(question, hits)
        chosen = select(cands, self.max_sentences)
        if not chosen or _best_support(cands) < self.min_support:
            yield REFUSAL
            return
        for i, c in enumerate(chosen):
            hit = hits[c.hit_index]
            text = with_opener(c.text, hit) if i == 0 else c.text
            # A sentence that needed the previous one for its subject: cite both.
            for j, part in enumerate(text.split("\n")):
                yield ("" if i == j == 0 else " ") + cite(part, c.hit_index + 1)


class ScriptedGenerator:
    """Plays back a fixed answer (tests, demos of the checks): a stand-in for an LLM."""

    name = "scripted"

    def __init__(self, script: str) -> None:
        self.script = script

    def generate(self, question: str, hits: Sequence[Hit]) -> Iterator[str]:
        for word in self.script.split(" "):
            yield word + " "


REWRITE_PROMPT = """Voici les questions précédentes d'une conversation, puis une nouvelle question
qui en est la suite. Réécris la nouvelle question pour qu'elle se comprenne seule, en français,
sans y répondre. Donne seulement la question réécrite, sur une ligne."""


class ChatModelGenerator:
    """Any langchain chat model (OpenAI-compatible endpoint, Ollama), streamed."""

    def __init__(self, name: str, model: object) -> None:
        self.name = name
        self.model = model

    def rewrite(self, question: str, history: Sequence[str]) -> str:
        """A follow-up made self-contained by the model (the caller falls back to rules)."""
        from langchain_core.messages import HumanMessage, SystemMessage

        listed = "\n".join(f"- {h}" for h in history[-4:])
        messages = [
            SystemMessage(REWRITE_PROMPT),
            HumanMessage(f"Questions précédentes :\n{listed}\n\nNouvelle question : {question}"),
        ]
        try:
            reply = self.model.invoke(messages)  # type: ignore[attr-defined]
        except Exception as err:
            raise GeneratorError(
                f"Le modèle de langage n'a pas répondu ({self.name}) : {err}"
            ) from err
        lines = [
            line.strip(' «»"') for line in str(reply.content).strip().splitlines() if line.strip()
        ]
        return lines[0] if lines else question

    def generate(self, question: str, hits: Sequence[Hit]) -> Iterator[str]:
        from langchain_core.messages import HumanMessage, SystemMessage

        messages = [SystemMessage(SYSTEM_PROMPT), HumanMessage(user_prompt(question, hits))]
        try:
            for chunk in self.model.stream(messages):  # type: ignore[attr-defined]
                if chunk.content:
                    yield str(chunk.content)
        except Exception as err:  # network errors, HTTP errors, bad model names
            raise GeneratorError(
                f"Le modèle de langage n'a pas répondu ({self.name}) : {err}"
            ) from err


class LlamaCppGenerator:
    """A local GGUF model through llama-cpp-python (optional extra)."""

    def __init__(self, path: str, conf: GenerationSettings) -> None:
        self.name = f"llamacpp:{os.path.basename(path)}"
        self.path = path
        self.conf = conf
        self._llm: Any = None

    def generate(self, question: str, hits: Sequence[Hit]) -> Iterator[str]:
        if self._llm is None:
            try:
                from llama_cpp import Llama
            except ImportError as err:
                raise GeneratorError(
                    "llama-cpp-python n'est pas installé : voir le README (section modèles locaux)."
                ) from err
            self._llm = Llama(model_path=self.path, n_ctx=4096, verbose=False)
        stream = self._llm.create_chat_completion(
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": user_prompt(question, hits)},
            ],
            temperature=self.conf.temperature,
            stream=True,
        )
        for part in stream:
            delta = part["choices"][0].get("delta", {}).get("content")
            if delta:
                yield delta


def make_generator(conf: GenerationSettings) -> Generator:
    """The backend named by the settings."""
    if conf.backend == "extractive":
        return ExtractiveGenerator(conf.max_sentences, conf.min_support)
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
