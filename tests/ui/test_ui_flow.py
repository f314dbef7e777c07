"""The flow of a conversation in a real headless Chromium: citation numbers that never change
while an answer arrives, long answers shown from their opening, the first screen of a laptop,
whole example questions that ask when clicked, a conversation that survives a reload, copy and
Markdown export per answer and for the conversation, and « Arrêter » on a slow LLM (a scripted
OpenAI-compatible server on loopback that writes one word at a time)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from servers import scripted_llm_server
from ui_live import QUESTION, running
from ui_page import ask

from assistant.answer.backends import make_generator
from assistant.assistant import with_generator
from assistant.settings import GenerationSettings

pytestmark = pytest.mark.browser

EXAMPLES_SHOWN = (
    "Quelle part des Français pense qu'il existe un devoir d'alliance ?",
    "Quels sont les bénéfices des partenariats pour les entreprises ?",
    "Comment les associations et les collectivités coopèrent-elles dans les territoires ?",
)
# A long answer citing the retrieved passages out of their retrieval order ([3] first).
FILLER = (
    "Les publications de l'Observatoire décrivent ce mouvement avec précision et le suivent "
    "d'une édition à l'autre dans toutes les régions."
)
SCRIPT = " ".join(
    [
        "Selon la fiche, 78 % des Français pensent qu'il existe un devoir d'alliance [3].",
        *[FILLER] * 4,
        "Le bulletin donne 82 % en 2023 [1].",
        *[FILLER] * 4,
        "Les maires sont 64 % à en faire une priorité [2, 3].",
        *[FILLER] * 3,
    ]
)
WORD_DELAY_S = 0.02  # ~200 words: an answer that takes a few seconds to arrive

# Every state of the last answer while it arrives: its [n] in order and the card each points at.
RECORD_CITES = """() => {
  window.__states = [];
  new MutationObserver(() => {
    const bot = [...document.querySelectorAll('#chat .message.bot')].pop();
    if (!bot) return;
    const links = [...bot.querySelectorAll('a.cite')];
    const cards = {};
    for (const a of links) {
      const card = document.getElementById(a.getAttribute('href').slice(1));
      const quote = card && card.querySelector('blockquote');
      cards[a.textContent] = card ? card.querySelector('h3').innerText.replace(/^\\[\\d+\\]\\s*/, '')
        + ' | ' + (quote ? quote.innerText.slice(0, 60) : '') : null;
    }
    window.__states.push({nums: links.map(a => a.textContent), cards});
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}"""
# Where the last answer's first line is, in the chat's scrolling box.
OPENING = """() => {
  const bot = [...document.querySelectorAll('#chat .message.bot')].pop();
  let box = bot.parentElement;
  while (box && !(['auto', 'scroll'].includes(getComputedStyle(box).overflowY)
                  && box.scrollHeight > box.clientHeight)) box = box.parentElement;
  const b = box.getBoundingClientRect(), m = bot.getBoundingClientRect();
  return {top: m.top - b.top, height: b.height, overflow: box.scrollHeight - box.clientHeight};
}"""


@pytest.fixture(scope="module")
def slow_llm() -> Iterator[tuple[str, list[dict]]]:
    with scripted_llm_server(SCRIPT, delay_s=WORD_DELAY_S) as (url, received):
        yield url, received


@pytest.fixture(scope="module")
def llm_url(ui_assistant, slow_llm) -> Iterator[str]:
    """The test index answered by the slow scripted LLM, served for real."""
    from ui.server import create_app

    conf = GenerationSettings(backend="openai", model="lent", base_url=slow_llm[0] + "/v1")
    with running(create_app(with_generator(ui_assistant, make_generator(conf)))) as url:
        yield url


def first_seen(nums: list[str]) -> list[str]:
    return list(dict.fromkeys(nums))


def test_citation_numbers_never_change_while_the_answer_arrives(open_page, llm_url, look):
    page = open_page(url=llm_url, **look)
    page.evaluate(RECORD_CITES)
    ask(page, QUESTION)
    states = [s for s in page.evaluate("window.__states") if s["nums"]]
    final = states[-1]
    assert first_seen(final["nums"]) == ["[1]", "[2]", "[3]"]
    assert len({tuple(s["nums"]) for s in states}) >= 3, "the answer was seen arriving"
    for s in states:
        # At every moment the answer's numbers are 1, 2, … in order of appearance …
        assert first_seen(s["nums"]) == final["nums"][: len(first_seen(s["nums"]))] or (
            first_seen(s["nums"]) == [f"[{i}]" for i in range(1, len(first_seen(s["nums"])) + 1)]
        ), s["nums"]
        # … and each [n] points at the passage it points at in the finished answer.
        for n, card in s["cards"].items():
            assert card is None or card == final["cards"][n], (n, card, final["cards"][n])


def test_a_long_answer_shows_its_opening(open_page, llm_url, look):
    page = open_page(url=llm_url, **look)
    for question in (QUESTION, "Quelle part des maires fait des partenariats une priorité ?"):
        ask(page, question)
        where = page.evaluate(OPENING)
        assert where["overflow"] > 0, "the answer is taller than the chat"
        assert 0 <= where["top"] <= where["height"] - 40, where  # its first line is in view


def test_send_examples_and_filters_are_on_a_laptops_first_screen(open_page, look):
    page = open_page(1366, 768, **look)
    assert page.evaluate("window.scrollY") == 0
    parts = {
        "Envoyer": page.get_by_role("button", name="Envoyer", exact=True),
        "filtres": page.get_by_text("Filtrer les publications"),
        **{q: page.get_by_role("button", name=q) for q in EXAMPLES_SHOWN},
    }
    for name, locator in parts.items():
        box = locator.first.bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= 768, (name, box)


# Elements whose text is cut: an ellipsis, or content wider than the box that clips it.
CUT = """els => els.flatMap(el => [el, ...el.querySelectorAll('*')]).filter(e => {
  const st = getComputedStyle(e);
  return st.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1
    || st.overflow === 'hidden' && e.scrollHeight > e.clientHeight + 1;
}).map(e => e.innerText)"""


def test_example_questions_are_whole_and_a_click_asks(open_page, look):
    page = open_page(1366, 768, **look)
    for q in EXAMPLES_SHOWN:
        button = page.get_by_role("button", name=q)
        assert button.inner_text().strip() == q and "…" not in button.inner_text()
        assert button.evaluate_all(CUT) == [], q
    page.get_by_role("button", name=EXAMPLES_SHOWN[0]).click()
    page.wait_for_selector("#feedback", state="visible", timeout=30_000)
    chat = page.inner_text("#chat")
    assert EXAMPLES_SHOWN[0] in chat and page.locator("#chat .message.bot").count() == 1
    assert page.locator("#sources .source-card").count() >= 1


def test_a_reload_keeps_the_conversation_until_a_new_one(open_page, look):
    page = open_page(**look)
    ask(page, QUESTION)
    answer = page.locator("#chat .message.bot").last.inner_text()
    cards = page.locator("#sources .source-card h3").all_inner_texts()
    assert cards
    page.reload()
    page.wait_for_selector("#sources .source-card", timeout=30_000)
    assert page.locator("#chat .message.bot").last.inner_text() == answer
    assert page.locator("#sources .source-card h3").all_inner_texts() == cards
    assert QUESTION in page.inner_text("#chat")
    # The history came back too: a follow-up is read against the question before the reload.
    ask(page, "et pour les maires ?")
    assert "Question comprise" in page.locator("#chat .message.bot").last.inner_text()
    page.click("#new")
    page.wait_for_selector("#feedback", state="hidden")
    assert_reloads_empty(page)


def assert_reloads_empty(page) -> None:
    """After a reload, nothing of the conversation comes back (the browser's copy is gone)."""
    page.reload()
    page.wait_for_selector("#question textarea")
    page.wait_for_timeout(1000)  # the saved state, if any, is restored at load
    assert page.locator("#chat .message").count() == 0
    assert page.locator("#sources .source-card").count() == 0
    assert page.locator("#feedback").is_hidden()
    # Nor does a follow-up: the history kept for it went with the rest.
    ask(page, "et pour les maires ?")
    assert "Question comprise" not in page.locator("#chat .message.bot").last.inner_text()


def test_a_reload_after_clearing_the_chat_shows_an_empty_conversation(open_page, look):
    """The chat's 🗑 « Effacer la conversation » clears the copy kept in the browser too."""
    page = open_page(**look)
    ask(page, QUESTION)
    page.click("#chat button[aria-label='Effacer la conversation']")
    page.wait_for_function("!document.querySelector('#sources .source-card')")
    assert_reloads_empty(page)


def download(page, button) -> str:
    with page.expect_download() as info:
        button.click()
    return open(info.value.path(), encoding="utf-8").read()


def test_each_answer_copies_and_exports_and_so_does_the_conversation(open_page):
    page = open_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    ask(page, QUESTION)
    ask(page, "Que dit l'annexe technique sur les balises ?")
    first = page.locator("#chat .message.bot").first
    md = download(page, first.get_by_role("button", name="Exporter la réponse 1 en Markdown"))
    assert md.startswith(f"# {QUESTION}\n")
    notes = re.findall(
        r"^\[\^(\d+)\]: « (.+?) » \((\w+), [^)]+\), p\. \S+ \(page \d+ du PDF\)", md, re.M
    )
    assert notes and [n for n, *_ in notes] == [str(i) for i in range(1, len(notes) + 1)]
    titles = {t for _, t, _ in notes}
    shown = {re.sub(r"^\[\d+\]\s*", "", t) for t in page.locator("#sources h3").all_inner_texts()}
    assert titles and "[^1]" in md.split("[^1]:")[0]  # called in the text, listed below
    assert "✓" in md and "Chiffres vérifiés sur la page citée" in md
    first.get_by_role("button", name="Copier la réponse 1 et ses sources").click()
    page.wait_for_function("document.querySelector('#chat button.copier').innerText.includes('✓')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(first.inner_text().split("[1]")[0].strip()[:40])
    assert "Sources :" in copied
    whole = download(page, page.get_by_role("button", name="Exporter la conversation"))
    assert whole.startswith("# Conversation\n") and f"## {QUESTION}" in whole
    assert "## Que dit l'annexe technique sur les balises ?" in whole
    assert shown <= {t for t in re.findall(r"^\[\^\d+\]: « (.+?) »", whole, re.M)}


def test_stop_ends_a_streaming_answer(open_page, llm_url, slow_llm):
    received = slow_llm[1]
    page = open_page(url=llm_url)
    assert not page.locator("#stop").is_visible()
    page.fill("#question textarea", QUESTION)
    page.keyboard.press("Enter")
    page.wait_for_selector("#stop", state="visible", timeout=30_000)
    page.wait_for_function(
        "document.querySelector('#chat .message.bot')?.innerText.length > 40", timeout=30_000
    )
    assert not page.locator("#send").is_visible()
    asked = len(received)
    page.get_by_role("button", name="Arrêter").click()
    page.wait_for_function(
        "document.querySelector('#chat .message.bot').innerText.includes('Réponse arrêtée')"
    )
    page.wait_for_selector("#send", state="visible")
    assert not page.locator("#stop").is_visible()
    # The LLM's stream is closed, not left running for nobody.
    deadline = time.monotonic() + 20
    while not received[asked - 1].get("hung_up") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert received[asked - 1].get("hung_up")
    assert page.locator("#feedback").is_hidden()
    assert "Réponse arrêtée" in page.locator("#chat .message.bot").last.inner_text()
    ask(page, QUESTION)  # the next question is answered: nothing is left holding the server
    assert page.locator("#chat .message.bot").count() == 2
