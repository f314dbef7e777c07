"""The extractive answer to a question over one invented passage, with some of the named rules
switched (GenerationSettings fields): the rule tests' shared way to show a rule at work."""

from __future__ import annotations

from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import Query
from assistant.settings import GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

REFUSAL = "Je n'ai pas trouvé"


def answer(question: str, text: str, title: str = "Note de travail", **conf: bool) -> str:
    """The answer over `text`, page 2 of a publication titled `title`."""
    doc = DocInfo(source="note.pdf", title=title, kind="autre", date="2022")
    gen = ExtractiveGenerator(GenerationSettings(**conf))
    hit = Hit(Chunk("c0", doc, 2, "2", 0, len(text), text), 1.0)
    return "".join(gen.generate(Query(question), [hit]))
