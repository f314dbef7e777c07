"""Helpers for driving the chat in a browser page (Playwright)."""

from __future__ import annotations

# The final answer to question number `n` of the page: its bubble, no longer pending, the
# feedback box shown and « Envoyer » back (a previous answer's feedback box does not count).
ANSWERED = """n => {
  const bots = document.querySelectorAll('#chat .message.bot');
  const fb = document.querySelector('#feedback');
  return bots.length >= n && !bots[n - 1].querySelector('.pending')
    && fb && fb.offsetParent !== null && document.querySelector('#send').offsetParent !== null;
}"""


def ask(page, question: str, timeout_ms: int = 60_000) -> None:
    """Type a question, press Enter and wait for its final answer."""
    n = page.locator("#chat .message.bot").count() + 1
    page.fill("#question textarea", question)
    page.keyboard.press("Enter")
    page.wait_for_function(ANSWERED, arg=n, timeout=timeout_ms)
