"""Take the README's screenshots of the interface, light and dark, in headless Chromium.

    python docs/screenshots.py                    # the demo corpus, its index in a temporary folder
    python docs/screenshots.py --index index/     # an index already built

Serves the app on a free loopback port, clicks the first example question, waits for the
answer and its page previews, and writes docs/screenshot.png and docs/screenshot-dark.png
(1366×900: a laptop's screen). Needs Chromium (`apt-get install chromium`) and Playwright."""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import uvicorn

from assistant.assistant import Assistant
from assistant.settings import Settings
from ui.layout import EXAMPLES
from ui.server import create_app

DOCS = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
IMAGES_LOADED = """() => {
  const imgs = [...document.querySelectorAll('#sources img.preview')];
  return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0);
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def shoot(url: str, out: Path, scheme: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        page = browser.new_context(
            viewport={"width": 1366, "height": 900}, locale="fr-FR", color_scheme=scheme
        ).new_page()
        page.goto(url)
        page.get_by_role("button", name=EXAMPLES[0]).click()
        page.wait_for_selector("#feedback", state="visible", timeout=120_000)
        page.wait_for_function(IMAGES_LOADED, timeout=60_000)
        page.evaluate("window.scrollTo(0, 0); document.activeElement?.blur()")
        page.screenshot(path=str(out))
        browser.close()
    print(f"{out} ({scheme})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DOCS.parent / "corpus")
    parser.add_argument("--index", type=Path, help="dossier de l'index (défaut : temporaire)")
    parser.add_argument("--embedding", help="modèle de vecteurs (défaut : celui des réglages)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        options: dict = {"embedding": {"model": args.embedding}} if args.embedding else {}
        settings = Settings(
            corpus_dir=args.corpus,
            index_dir=args.index or Path(tmp) / "index",
            data_dir=Path(tmp) / "data",
            **options,
        )
        assistant = Assistant.from_settings(settings)  # indexes the corpus if needed
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(assistant), host="127.0.0.1", port=port, log_level="warning")
        )
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        try:
            url = f"http://127.0.0.1:{port}"
            shoot(url, DOCS / "screenshot.png", "light")
            shoot(url, DOCS / "screenshot-dark.png", "dark")
        finally:
            server.should_exit = True


if __name__ == "__main__":
    main()
