"""The window completed beyond its passage: the neighbouring passage of the same page (the
index fetches it) and, when the two parts of a question live apart, a second passage."""

from __future__ import annotations

from assistant.answer.generators import ExtractiveGenerator
from assistant.ingest.chunking import chunk_pages
from assistant.reading.query import Query
from assistant.search.embed import HashingEmbedder
from assistant.search.index import Index, lexical_text
from assistant.search.lexical import LexicalIndex
from assistant.search.store import MemoryStore
from assistant.settings import GenerationSettings, Settings
from assistant.types import Chunk, DocInfo, Hit, Page

DOC = DocInfo(source="fonds.pdf", title="Le fonds régional", kind="autre", date="2022")

# One page cut into two passages (size 300): the context sentence ends the first, the amount
# opens the second.
PAGE = (
    "Le fonds régional de soutien aux clubs sportifs amateurs a été créé par la région en "
    "2020, après une longue concertation avec les ligues et les comités départementaux. "
    "Il s'adresse aux petits clubs qui accueillent des jeunes dans les quartiers.\n\n"
    "Sa dotation annuelle atteint 2,5 millions d'euros, versés en deux appels à projets. "
    "Les dossiers sont instruits par les services des sports de la région, qui publient "
    "chaque année la liste des clubs aidés et les montants accordés à chacun."
)


def page_index() -> Index:
    chunks = chunk_pages(DOC, "f" * 64, [Page(3, "3", PAGE)], size=300, overlap=0)
    store = MemoryStore(HashingEmbedder())
    store.upsert(chunks)
    lexical = LexicalIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks])
    return Index(Settings(), store, store.embedder, lexical, {c.id: c for c in chunks})


def test_the_index_gives_the_passages_beside_one_on_its_page():
    index = page_index()
    first, second = sorted(index.chunks.values(), key=lambda c: c.start)
    assert index.neighbours(first) == (None, second)
    assert index.neighbours(second) == (first, None)


def answer(conf: GenerationSettings, question: str) -> tuple[str, list[str]]:
    index = page_index()
    first = min(index.chunks.values(), key=lambda c: c.start)
    gen = ExtractiveGenerator(conf)
    gen.bind(index)
    gen.embedder = None  # word support only: the hashing embedder says nothing of meaning
    hits = [Hit(first, 1.0)]
    return "".join(gen.generate(Query(question), hits)), gen.assess(Query(question), hits)["rules"]


QUESTION = "Combien d'argent reçoit le fonds régional de soutien aux clubs sportifs amateurs ?"


def test_the_amount_in_the_next_passage_of_the_page_completes_the_answer():
    text, rules = answer(GenerationSettings(page_siblings=False), QUESTION)
    assert "2,5 millions d'euros" in text and "neighbour" in rules
    assert text.count("[1]") >= 2  # cited with the passage of its page
    text, rules = answer(GenerationSettings(neighbours=False, page_siblings=False), QUESTION)
    assert "2,5 millions" not in text and "neighbour" not in rules


def test_the_other_passages_of_the_best_page_compete_cited_as_its_passage():
    """Rule `page_siblings`: the passage after the retrieved one, on the same page, holds the
    amount; its sentence is scored with the retrieved ones and cited [1], like its page."""
    text, rules = answer(GenerationSettings(neighbours=False), QUESTION)
    assert "2,5 millions d'euros, versés en deux appels à projets [1]" in text
    assert "page_siblings" in rules
    # Each passage is scored once: the retrieved one is not read again as a sibling.
    assert text.count("a été créé par la région") <= 1


def test_two_passages_answer_a_two_part_question_each_with_its_citation():
    a = "Le réseau des villes cyclables rassemble 412 communes adhérentes en 2023."
    b = "Jeanne Martin, maire de Lunel, préside le réseau des villes cyclables depuis cinq ans."
    other = DocInfo(source="reseau.pdf", title="Le réseau", kind="autre", date="2023")

    hits = [
        Hit(Chunk("a", other, 1, "1", 0, len(a), a), 1.0),
        Hit(Chunk("b", other, 4, "4", 0, len(b), b), 0.9),
    ]
    question = "Qui préside le réseau des villes cyclables, et combien de communes y adhèrent ?"
    # Without runners-up, which would quote the second passage first.
    on = ExtractiveGenerator(GenerationSettings(max_sentences=2, runners_up_ratio=0.85))
    text = "".join(on.generate(Query(question), hits))
    assert "412 communes" in text and "Jeanne Martin" in text
    assert (
        "[1]" in text
        and "[2]" in text
        and "two_passages" in on.assess(Query(question), hits)["rules"]
    )
    off = ExtractiveGenerator(GenerationSettings(max_sentences=2, two_passages=False))
    assert "two_passages" not in off.assess(Query(question), hits)["rules"]


# The sentence announcing a list opens the next passage of the page, its items under it.
LISTED = (
    "La charte prolonge la démarche « Agir pour nos quartiers », lancée en 2012 par le "
    "réseau régional des centres sociaux. Celle-ci a été initiée après une étude conduite "
    "auprès de 300 habitants et de leurs élus, dans les communes de la vallée.\n\n"
    "Trois quartiers pilotes ont expérimenté la démarche, chacun avec un partenaire :\n"
    "• le quartier Nord, avec la Maison des jeunes ;\n"
    "• le quartier des Tilleuls, avec la Banque des Collines ;\n"
    "• le quartier de la Gare.\n"
)


def test_a_list_in_the_next_passage_comes_with_its_items():
    chunks = chunk_pages(DOC, "e" * 64, [Page(2, "2", LISTED)], size=300, overlap=0)
    assert len(chunks) == 2 and chunks[1].text.startswith("Trois quartiers pilotes")
    store = MemoryStore(HashingEmbedder())
    store.upsert(chunks)
    lexical = LexicalIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks])
    index = Index(Settings(), store, store.embedder, lexical, {c.id: c for c in chunks})
    # (the refusal on a thin page is not what is tested here: rule `attribute` off)
    gen = ExtractiveGenerator(GenerationSettings(page_siblings=False, attribute=False))
    gen.bind(index)
    gen.embedder = None
    question = (
        "Quels quartiers ont expérimenté en premier la démarche « Agir pour nos quartiers » ?"
    )
    text = "".join(gen.generate(Query(question), [Hit(chunks[0], 1.0)]))
    assert "Trois quartiers pilotes" in text, text
    assert "le quartier Nord" in text and "le quartier de la Gare" in text, text
