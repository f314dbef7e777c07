"""Rule `figure_year`: for a figure question asking about a year, a sentence whose every figure
refers to another year — as the figure finder dated it at ingest, not as the sentence prints
it — scores less, so that the asked year's figure comes first."""

from __future__ import annotations

import functools
import re

from pdf_factory import make_text_pdf

from assistant.answer.generators import ExtractiveGenerator
from assistant.assistant import Assistant
from assistant.finder.browse import page_years
from assistant.finder.extract import extract_figures
from assistant.finder.table import FigureTable
from assistant.reading.query import Query
from assistant.settings import GenerationSettings, Settings
from assistant.types import Chunk, DocInfo, Hit, Page

# Neither figure's sentence prints its year: the finder reads 2024 for the first (the
# survey's date) and 2020 for the second (two sentences before, out of the context a sentence
# is read with: `generation.context_weight`).
TEXT = (
    "Au total, 1 450 élus ont répondu à la nouvelle enquête. "
    "L'enquête de 2020 avait été menée par téléphone. Le questionnaire était court et anonyme. "
    "Au total, 1 200 élus y ont répondu."
)
QUESTION = "Combien d'élus ont répondu à l'enquête en 2020 ?"
DOC = DocInfo(source="enquete.pdf", title="Enquête auprès des élus", kind="etude", date="2024-11")


def _first_figure(answer: str) -> str:
    return re.search(r"\d[\d ]*\d élus", answer).group(0)  # type: ignore[union-attr]


def _answer(tmp_path, on: bool) -> tuple[str, list[str]]:
    table = FigureTable(tmp_path)
    table.replace_document(DOC.source, "k", extract_figures(DOC, [Page(2, "2", TEXT)]))
    gen = ExtractiveGenerator(GenerationSettings(figure_year=on))
    gen.page_years = functools.partial(page_years, table)
    hits = [Hit(Chunk("c0", DOC, 2, "2", 0, len(TEXT), TEXT), 1.0)]
    query = Query(QUESTION)
    return "".join(gen.generate(query, hits)), gen.assess(query, hits)["rules"]


def test_the_finder_dates_the_figures_as_the_case_needs(tmp_path):
    rows = extract_figures(DOC, [Page(2, "2", TEXT)])
    assert [(r.text, r.year) for r in rows] == [("1 450", "2024"), ("1 200", "2020")]


def test_the_figure_of_the_asked_year_comes_first(tmp_path):
    text, rules = _answer(tmp_path / "on", True)
    assert _first_figure(text) == "1 200 élus"
    assert "figure_year" in rules
    text, rules = _answer(tmp_path / "off", False)
    assert _first_figure(text) == "1 450 élus"
    assert "figure_year" not in rules


def test_the_assistant_reads_the_years_of_its_own_figures_table(tmp_path):
    """Through the whole pipeline: ingest writes the figures table, the answer reads it."""
    corpus = tmp_path / "corpus"
    make_text_pdf(
        corpus / "enquete-elus-2024.pdf", ["Enquête auprès des élus, novembre 2024", TEXT]
    )
    settings = Settings(
        corpus_dir=corpus,
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        embedding={"model": "hashing"},
    )
    bot = Assistant.from_settings(settings)
    answer = bot.ask(QUESTION)
    assert _first_figure(answer.text) == "1 200 élus"
    assert "figure_year" in answer.retrieval.rules


def test_a_figure_is_found_whole_in_its_sentence(tmp_path):
    """« 1 200 » dated 2020 does not date « 11 200 »: that sentence keeps its score."""
    text = "Au total, 11 200 élus ont répondu à la nouvelle enquête."
    hits = [Hit(Chunk("c0", DOC, 2, "2", 0, len(text), text), 1.0)]
    query = Query("Combien d'élus ont répondu en 2020 ?")
    for printed, demoted in (("1 200", False), ("11 200", True)):
        gen = ExtractiveGenerator(GenerationSettings())
        gen.page_years = lambda source, page, printed=printed: [(printed, "2018")]
        assert ("figure_year" in gen.assess(query, hits)["rules"]) is demoted
