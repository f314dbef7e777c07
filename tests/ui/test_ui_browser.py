"""A real headless Chromium (Debian's, driven by Playwright) on the live app: streamed cited
answer, source cards with their highlighted page previews, the PDF opened at the cited page,
feedback, copy, phone width, injected markup shown as text, and no request off loopback."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from ui_corpus import INJECTION
from ui_live import QUESTION
from ui_page import ask

from evals.feedback import drafts_from_file

pytestmark = pytest.mark.browser

# Timestamps of the first source card and of the first [n] link, recorded in the page itself.
WATCH_ORDER = """() => {
  window.__seen = {};
  new MutationObserver(() => {
    const t = performance.now();
    if (!window.__seen.card && document.querySelector('#sources .source-card')) window.__seen.card = t;
    if (!window.__seen.cite && document.querySelector('#chat a.cite')) window.__seen.cite = t;
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}"""
IMAGES_LOADED = """() => {
  const imgs = [...document.querySelectorAll('#sources img.preview')];
  return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0);
}"""


def test_cited_answer_sources_preview_and_pdf(open_page, demo_assistant, demo_url):
    expected = demo_assistant.ask(QUESTION).citations[0]
    page = open_page(1280, 1080, url=demo_url)
    page.evaluate(WATCH_ORDER)
    # Keyboard only: Tab to the question box, type, Enter.
    for _ in range(40):
        if page.evaluate("document.activeElement?.closest('#question') !== null"):
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("the question box cannot be reached with Tab")
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    page.wait_for_selector("#feedback", state="visible", timeout=30_000)

    first_link = page.locator("#chat a.cite").first
    assert first_link.inner_text() == "[1]" and first_link.get_attribute("href") == "#source-1"
    seen = page.evaluate("window.__seen")
    assert seen["card"] <= seen["cite"], "the sources panel fills before the answer's links"
    assert "%" in page.inner_text("#chat")
    card = page.locator("#source-1")
    assert expected.title in card.inner_text()
    assert card.locator("mark").count() >= 1  # the cited figure highlighted in the quote
    assert "✓" in card.inner_text() or "⚠" in card.inner_text()
    page.wait_for_function(IMAGES_LOADED, timeout=20_000)
    src = card.locator("img.preview").get_attribute("src")
    assert src.startswith(f"preview/{quote(expected.source)}/{expected.page}.png?chunk=")

    first_link.click()
    assert page.evaluate("location.hash") == "#source-1"
    href = card.locator("a.open-pdf").evaluate("a => a.href")
    assert href == f"{demo_url}/pdf/{quote(expected.source)}#page={expected.page}"
    with page.expect_popup() as popup_info:
        card.locator("a.open-pdf").click()
    popup = popup_info.value
    assert popup.url == href
    popup.close()
    resp = page.request.get(href)
    assert resp.status == 200 and resp.headers["content-type"] == "application/pdf"


def test_feedback_and_copy(open_page, ui_settings, browser):
    page = open_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    ask(page, QUESTION)
    page.locator("#chat button.copier").last.click()  # the answer's own « Copier »
    page.wait_for_function("document.querySelector('#chat button.copier').innerText.includes('✓')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Sources :" in copied and "[1]" in copied and "«" in copied

    feedback = ui_settings.data_dir / "feedback.jsonl"
    before = feedback.read_text("utf-8").count("\n") if feedback.exists() else 0
    page.fill("#comment textarea", "La page citée est la bonne.")
    page.click("#down")
    page.wait_for_function("document.querySelector('#thanks').innerText.includes('Merci')")
    lines = feedback.read_text("utf-8").splitlines()
    assert len(lines) == before + 1
    record = json.loads(lines[-1])
    assert record["rating"] == "down" and record["question"] == QUESTION
    assert record["comment"] == "La page citée est la bonne." and record["citations"][0]["n"] == 1
    assert record["history"] == [] and record["filters"]["kinds"] == []
    # A change of mind on the same answer: one vote, the last (the evaluation reads that one).
    page.click("#up")
    page.wait_for_function("document.querySelector('#thanks').innerText.includes('remplace')")
    lines = [json.loads(x) for x in feedback.read_text("utf-8").splitlines()[before:]]
    assert [x["rating"] for x in lines] == ["down", "up"]
    assert lines[0]["answer_id"] and lines[0]["answer_id"] == lines[1]["answer_id"]
    assert drafts_from_file(feedback)[0] == []
    # A follow-up under a filter: its vote records both.
    page.click("#filters button, #filters .label-wrap")
    page.locator("#kinds label").first.wait_for()
    page.locator("#kinds label").first.click()
    ask(page, "et pour les maires ?")
    page.click("#down")
    page.wait_for_function("document.querySelector('#thanks').innerText.includes('Merci')")
    last = json.loads(feedback.read_text("utf-8").splitlines()[-1])
    assert last["history"] == [QUESTION] and len(last["filters"]["kinds"]) == 1
    assert last["answer_id"] != lines[0]["answer_id"]


def test_phone_width_and_new_conversation(open_page, tmp_path):
    page = open_page(390, 844)
    page.locator("button", has_text="Quelle part des Français").first.click()  # asks it
    page.wait_for_selector("#feedback", state="visible", timeout=30_000)
    page.wait_for_function(IMAGES_LOADED, timeout=20_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 391  # no sideways scrolling
    chat, sources = page.locator("#chat").bounding_box(), page.locator("#sources").bounding_box()
    assert sources["y"] >= chat["y"] + chat["height"] and sources["width"] <= 390
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    page.click("#new")
    page.wait_for_function("!document.querySelector('#sources .source-card')")
    assert page.locator("#chat a.cite").count() == 0


def test_markup_in_questions_and_pdfs_is_shown_as_text(open_page):
    page = open_page()
    typed = '<img src=x onerror="window.__pwned = 3"> <b>gras</b>'
    ask(page, f"Que dit l'annexe technique sur les balises ? {typed}")
    assert typed in page.inner_text("#chat")
    assert (
        page.locator("#chat b, #chat img[src=x], #sources img[src=x], #sources script").count() == 0
    )
    assert INJECTION in page.inner_text("#sources")  # the PDF that carries markup, cited
    assert page.evaluate("window.__pwned") is None


def test_too_long_question_gets_a_polite_message(open_page, look):
    """Over the limit: a French message, the text kept in the box to be shortened, and only
    an excerpt of it in the conversation."""
    page = open_page(**look)
    typed = "Pourquoi ? " * 200
    page.fill("#question textarea", typed)
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#chat').innerText.includes('trop longue')")
    chat = page.inner_text("#chat")
    assert "Pouvez-vous la raccourcir" in chat
    assert "Traceback" not in page.content()
    assert page.input_value("#question textarea") == typed
    assert chat.count("Pourquoi") <= 10 and f"{len(typed.strip())} caractères" in chat


# Every visible text of the page, and every visible placeholder: its colour (with the opacity of
# its ancestors) composited over the stack of backgrounds behind it, then the WCAG contrast
# ratio of the two.
CONTRAST = """() => {
  const rgba = c => { const v = (c.match(/[\\d.]+/g) || []).map(Number);
    return v.length < 3 ? null : [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
  const over = (top, [r, g, b]) => [0, 1, 2].map(i => top[i] * top[3] + [r, g, b][i] * (1 - top[3]));
  const lum = rgb => rgb.map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const backdrop = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let rgb = matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18] : [255, 255, 255];
    for (const c of layers.reverse()) rgb = over(c, rgb);
    return rgb;
  };
  const ratio = (a, b) =>
    Math.round((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) * 100) / 100;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg'].includes(el.tagName)) continue;
    const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim());
    if (!own.length) continue;
    const r = el.getBoundingClientRect(), st = getComputedStyle(el);
    if (r.width <= 1 || r.height <= 1 || st.visibility !== 'visible') continue;
    let alpha = 1;
    for (let e = el; e; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
    if (alpha === 0) continue;
    const fg = rgba(st.color), bg = backdrop(el);
    const text = over([fg[0], fg[1], fg[2], fg[3] * alpha], bg);
    const [a, b] = [lum(text), lum(bg)];
    out.push({text: own.map(n => n.textContent.trim()).join(' ').slice(0, 40),
      where: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
        (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''),
      color: st.color, ratio: ratio(a, b)});
  }
  // The placeholder of every visible box that has one, over the box's own background.
  for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    const r = el.getBoundingClientRect();
    if (!el.placeholder.trim() || r.width <= 1 || r.height <= 1
        || getComputedStyle(el).visibility !== 'visible') continue;
    const ph = getComputedStyle(el, '::placeholder');
    let alpha = Number(ph.opacity);
    for (let e = el; e; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
    const fg = rgba(ph.color), bg = backdrop(el);
    const text = over([fg[0], fg[1], fg[2], fg[3] * alpha], bg);
    out.push({text: el.placeholder.slice(0, 40),
      where: el.tagName.toLowerCase() + '::placeholder#' + (el.closest('[id]') || {}).id,
      color: ph.color, ratio: ratio(lum(text), lum(bg))});
  }
  return out;
}"""


def test_kind_filter_offers_the_indexed_kinds_with_counts(open_page, ui_assistant):
    """The boxes are the kinds of the index with their counts; « autre » (PDFs the catalogue
    does not type) is one of them and keeps only those."""
    counts: dict[str, int] = {}
    for d in ui_assistant.documents():
        counts[str(d["kind"])] = counts.get(str(d["kind"]), 0) + 1
    assert counts.get("autre"), "the test corpus has an uncatalogued PDF"
    page = open_page()
    page.click("#filters button, #filters .label-wrap")
    page.locator("#kinds label").first.wait_for()
    labels = [t.strip() for t in page.locator("#kinds label").all_inner_texts()]
    assert sorted(labels) == sorted(f"{k} ({n})" for k, n in counts.items())
    page.get_by_label(f"bulletin ({counts['bulletin']})").check()
    ask(page, QUESTION)
    metas = page.locator("#sources .source-card .meta").all_inner_texts()
    assert metas and all(m.startswith("Bulletin") for m in metas)
    page.click("#new")
    page.wait_for_selector("#feedback", state="hidden")
    page.get_by_label(f"bulletin ({counts['bulletin']})").uncheck()
    page.get_by_label(f"autre ({counts['autre']})").check()
    ask(page, "Que dit l'annexe technique sur les balises ?")
    metas = page.locator("#sources .source-card .meta").all_inner_texts()
    assert metas and all(m.startswith("Document") for m in metas)
    # Nothing under « autre » answers this one: the panel says the filter narrowed the search.
    page.click("#new")
    page.wait_for_selector("#feedback", state="hidden")
    ask(page, QUESTION)
    assert "limitée au type « autre »" in page.inner_text("#sources")


def test_every_visible_text_is_readable(open_page, demo_url, look):
    """WCAG AA (4.5:1) for every text on a page with an answer, its sources and the open
    filters, placeholders included, whichever colour scheme the system asks for (Gradio
    follows it by itself)."""
    page = open_page(url=demo_url, **look)
    scheme = look["color_scheme"]
    page.click("#filters button, #filters .label-wrap")
    ask(page, QUESTION)
    page.wait_for_function(IMAGES_LOADED, timeout=20_000)
    assert page.evaluate("document.body.classList.contains('dark')") == (scheme == "dark")
    texts = page.evaluate(CONTRAST)
    # A follow-up (« Question comprise »), then a refusal (its nearest documents).
    page.fill("#question textarea", "et pour les maires ?")
    page.keyboard.press("Enter")
    page.wait_for_selector("#chat .understood", timeout=30_000)
    page.wait_for_selector("#feedback", state="visible", timeout=30_000)
    texts += page.evaluate(CONTRAST)
    page.click("#new")
    page.wait_for_selector("#feedback", state="hidden")
    page.fill("#question textarea", "Quelle est la recette de la tarte Tatin ?")
    page.keyboard.press("Enter")
    page.wait_for_selector("#sources .refused", timeout=30_000)
    texts += page.evaluate(CONTRAST)
    seen = " ".join(t["where"] for t in texts)
    parts = ("h1", "h3", "p.meta", "blockquote", "a.cite", "li.ok", "figures-line", "#send")
    parts += ("textarea::placeholder#question",)
    for part in (*parts, "understood", "p.refused"):
        assert part in seen, f"{part} not measured"
    low = [t for t in texts if t["ratio"] < 4.5]
    assert not low, "\n".join(
        f"{t['ratio']}:1 {t['where']} {t['color']} « {t['text']} »" for t in low
    )


@pytest.mark.parametrize("button", ["#chat button[aria-label='Effacer la conversation']", "#new"])
def test_clearing_the_chat_starts_a_new_conversation(open_page, look, button):
    """The chat's own « Effacer la conversation » (🗑) does what « Nouvelle conversation » does:
    no sources nor feedback box left for an erased answer, and the next question stands alone."""
    page = open_page(**look)
    ask(page, QUESTION)
    page.click(button)
    page.wait_for_function("!document.querySelector('#sources .source-card')")
    page.wait_for_selector("#feedback", state="hidden")
    assert page.locator("#chat .message").count() == 0
    follow_up = "et pour les collectivités ?"
    ask(page, follow_up)
    assert "Question comprise" not in page.inner_text("#chat")


ENGLISH = (
    "Use via API",
    "Built with Gradio",
    "Settings",
    "Clear",
    "Copy",
    "API documentation",
    "API Recorder",
    "Loading",
    "user's message",
    "bot's message",
    "Chatbot",
)
# What a screen reader hears besides the visible text.
SPOKEN = """() => [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
  .flatMap(e => ['aria-label', 'title', 'placeholder'].map(a => e.getAttribute(a)))
  .filter(Boolean).join('\\n')"""


def test_french_whatever_the_browser_language(open_page, look):
    """Gradio's own texts and the chat's spoken labels are in French in an English browser
    too, Gradio's English API panel is not offered, and the [n] links keep a spoken label."""
    page = open_page(**look)
    ask(page, QUESTION)
    assert page.evaluate("document.documentElement.lang").startswith("fr")
    heard = page.inner_text("body") + "\n" + page.evaluate(SPOKEN)
    leaks = [w for w in ENGLISH if w.lower() in heard.lower()]
    assert not leaks, f"English in the page: {leaks}"
    labels = page.locator("#chat a.cite").evaluate_all("as => as.map(a => a.ariaLabel)")
    assert labels and all(label and label.startswith("Source ") for label in labels), labels
    # Gradio's API panel is English whatever the language: not offered (/api/ask is in the
    # README instead).
    assert page.locator("footer").get_by_text("API").count() == 0
