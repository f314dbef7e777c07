"""French whatever the browser's language. Gradio picks the language of its own texts (« Use
via API », its API panel, its buttons' labels) from `navigator.language` when its page starts,
with no server-side option; its chat speaks « user's message » / « bot's message » in English
whatever the language (and names its log « chatbot conversation »), as do its table's menu and
its charts' spoken summaries; and its HTML sanitizer drops the `aria-label` of our [n] links.
One inline script, put first in the page's <head> by `FrenchPage`, fixes them before Gradio's
modules run."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]

FRENCH_JS = """(() => {
  // Gradio reads the language once, at start: answer French to it (and to anything else).
  for (const [name, value] of [["language", "fr-FR"], ["languages", Object.freeze(["fr-FR", "fr"])]])
    Object.defineProperty(Navigator.prototype, name, {get: () => value, configurable: true});
  const speakers = [[/^user's message: /, "Votre message : "],
                    [/^bot's message: /, "Réponse de l'assistant : "],
                    [/^chatbot conversation$/, "Conversation"],
                    // The tabs, the « Chiffres » table and its chart (Vega's spoken summary).
                    [/^More tabs$/, "Autres onglets"],
                    [/^Table actions$/, "Actions du tableau"],
                    [/^Open cell menu$/, "Trier la colonne"],
                    [/^Vega visualization$/, "Graphique"],
                    [/^X-axis titled '(.*)' for a .*$/, "Axe horizontal : $1"],
                    [/^Y-axis titled '(.*)' for a .*$/, "Axe vertical : $1"],
                    [/^Symbol legend titled '(.*)' for .*$/, "Légende : $1"]];
  // Texts Gradio's table menu shows in English whatever the language.
  const texts = {"Filter": "Filtrer", "Clear filters": "Effacer les filtres"};
  const fix = root => {
    for (const el of root.querySelectorAll("[aria-label]")) {
      const label = el.getAttribute("aria-label");
      for (const [english, french] of speakers)
        if (english.test(label)) el.setAttribute("aria-label", label.replace(english, french));
    }
    for (const item of root.querySelectorAll("[role=menuitem]"))
      for (const node of item.childNodes)
        if (node.nodeType === 3 && texts[node.textContent.trim()])
          node.textContent = " " + texts[node.textContent.trim()];
    for (const a of root.querySelectorAll('a.cite[href^="#source-"]:not([aria-label])'))
      a.setAttribute("aria-label", "Source " + a.getAttribute("href").slice(8));
  };
  const watch = () => {
    fix(document);
    new MutationObserver(() => fix(document)).observe(document.body, {
      childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label"]});
  };
  if (document.body) watch(); else document.addEventListener("DOMContentLoaded", watch);
})();"""
SCRIPT_TAG = f"<script>{FRENCH_JS}</script>".encode()


def with_french_script(html: bytes) -> bytes:
    """The page with the script first in its <head> (unchanged when it has none)."""
    head = html.find(b"<head")
    end = html.find(b">", head) if head >= 0 else -1
    if end < 0:
        return html
    return html[: end + 1] + SCRIPT_TAG + html[end + 1 :]


class FrenchPage:
    """ASGI middleware: every HTML page served (the chat, the login form) gets the script."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if headers.get(b"content-type", b"").startswith(b"text/html") and not headers.get(
                    b"content-encoding"
                ):
                    start = message
                    return
            elif start is not None and message["type"] == "http.response.body":
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                html = with_french_script(b"".join(body))
                sized = [(k, v) for k, v in start["headers"] if k != b"content-length"]
                sized.append((b"content-length", str(len(html)).encode()))
                await send({**start, "headers": sized})
                await send({"type": "http.response.body", "body": html})
                return
            await send(message)

        await self.app(scope, receive, capture)
