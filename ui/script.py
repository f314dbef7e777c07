"""The page's own script (run once at load): the per-answer « Copier » / « Exporter » buttons,
the conversation export, and a chat that shows each new answer from its first line."""

# Exporting: a Markdown file made in the page (a Blob), so no file is written on the server.
DOWNLOAD_JS = """(exports) => {
  const text = exports ? JSON.parse(exports).conversation : "";
  if (!text) return "Aucune réponse à exporter pour l'instant.";
  window.obsDownload("conversation-observatoire.md", text);
  return "Conversation exportée : conversation-observatoire.md (Markdown).";
}"""

PAGE_JS = r"""() => {
  window.obsDownload = (name, text, type = "text/markdown;charset=utf-8") => {
    const blob = new Blob([text], {type});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
  };
  const copy = async text => {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    const area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    document.execCommand("copy"); area.remove();
  };
  const say = (button, text) => {
    const was = button.dataset.label || button.textContent;
    button.dataset.label = was; button.textContent = text;
    setTimeout(() => { button.textContent = was; }, 2500);
  };
  // The texts of the k-th answer of the chat, from the hidden field the server fills (the
  // chat's sanitizer keeps no data attribute on the buttons, only their classes).
  const number = b =>
    [...document.querySelectorAll("#chat .answer-tools")].indexOf(b.closest(".answer-tools")) + 1;
  const texts = n => {
    const field = document.querySelector("#answer-exports textarea");
    try { return JSON.parse(field.value).answers[n - 1] || null; } catch (e) { return null; }
  };
  document.addEventListener("click", ev => {
    const b = ev.target.closest ? ev.target.closest("#chat .answer-tools button") : null;
    if (!b) return;
    ev.preventDefault(); ev.stopPropagation();
    const n = number(b), t = texts(n);
    if (!t) return say(b, "Indisponible");
    if (b.classList.contains("copier")) {
      copy(t.text).then(() => say(b, "Copiée ✓"));
    } else {
      window.obsDownload(`reponse-${n}-observatoire.md`, t.md);
      say(b, "Exportée ✓");
    }
  }, true);
  // Gradio's autoscroll follows the end of a streaming answer, hiding its opening: instead,
  // a new question is held at the top of the chat while its answer grows below it (the
  // bubbles above may still change height as they re-render), until the reader scrolls.
  const scroller = el => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const y = getComputedStyle(e).overflowY;
      if ((y === "auto" || y === "scroll") && e.scrollHeight > e.clientHeight) return e;
      if (e.id === "chat") break;
    }
    return null;
  };
  const questions = () => document.querySelectorAll("#chat .message-row.user-row");
  let shown = 0, pinned = 0;
  const release = () => { pinned = 0; };
  const follow = () => {
    // Spoken labels (the sanitizer drops aria-label): which answer each button acts on.
    for (const b of document.querySelectorAll("#chat .answer-tools button:not([aria-label])"))
      b.setAttribute("aria-label", b.classList.contains("copier")
        ? `Copier la réponse ${number(b)} et ses sources` : `Exporter la réponse ${number(b)} en Markdown`);
    const asked = questions();
    if (asked.length !== shown) {
      pinned = asked.length > shown ? asked.length : 0;
      shown = asked.length;
    }
    if (!pinned || asked.length < pinned) return;
    const question = asked[pinned - 1], box = scroller(question);
    if (!box) return;
    box.onwheel = box.ontouchstart = box.onpointerdown = box.onkeydown = release;
    const off = question.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    if (Math.abs(off) > 1) box.scrollTop += off;
  };
  new MutationObserver(follow).observe(document.body, {childList: true, subtree: true});
}"""
