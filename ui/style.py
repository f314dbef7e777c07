"""The look of the interface: theme, stylesheet (a module, so it ships without package-data
settings) and the one client-side script (copy to the clipboard)."""

import gradio as gr

# Offline: system fonts only (the default theme fetches Google Fonts).
THEME = gr.themes.Default(
    primary_hue="blue",
    neutral_hue="slate",
    font=["system-ui", "sans-serif"],
    font_mono=["ui-monospace", "monospace"],
).set(  # darker primary buttons: white text at 6:1 contrast or better (AA asks 4.5:1)
    button_primary_background_fill="*primary_700",
    button_primary_background_fill_hover="*primary_800",
    button_primary_text_color="white",
    block_info_text_color="*neutral_600",
)
COPY_JS = """(text) => {
  const done = () => "Réponse et sources copiées dans le presse-papiers.";
  if (!text) return "Aucune réponse à copier pour l'instant.";
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text);
    return done();
  }
  const area = document.createElement("textarea");
  area.value = text; document.body.appendChild(area); area.select();
  document.execCommand("copy"); area.remove();
  return done();
}"""

CSS = """
/* Readable, high-contrast, keyboard-visible; stacks to one column on a phone. */
.intro h1 { font-size: 1.5rem; margin: 0.2rem 0 0.4rem; color: #12264a; }
.intro p { margin: 0; color: #1f2937; max-width: 62rem; line-height: 1.45; }
.dark .intro h1, .dark .intro p { color: #f3f4f6; }

#chat a.cite, .sources a.cite {
  color: #0b4fb3; font-weight: 600; text-decoration: underline; padding: 0 1px;
}
.dark #chat a.cite, .dark .sources a.cite { color: #9cc3ff; }
.figures-line, .understood { color: #374151; }
.dark .figures-line, .dark .understood { color: #d1d5db; }
.pending { font-style: italic; color: #374151; }

:is(a, button, input, textarea, select, [tabindex]):focus-visible {
  outline: 3px solid #d97706 !important; outline-offset: 2px;
}

.sources { color: #111827; }
.sources h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
.sources .empty, .sources .refused { color: #374151; }
.source-card {
  border: 1px solid #cbd5e1; border-radius: 8px; padding: 0.75rem 0.9rem; margin: 0 0 0.9rem;
  background: #ffffff; scroll-margin-top: 1rem;
}
.source-card:target { border-color: #d97706; box-shadow: 0 0 0 3px #fcd34d; }
.source-card h3 { font-size: 1rem; margin: 0 0 0.25rem; color: #12264a; }
.source-card .num { color: #0b4fb3; }
.source-card .meta, .conflicts .meta { color: #374151; font-size: 0.9rem; margin: 0 0 0.5rem; }
.source-card blockquote {
  margin: 0 0 0.5rem; padding: 0.4rem 0.6rem; border-left: 4px solid #94a3b8;
  background: #f8fafc; white-space: pre-line; font-size: 0.92rem; color: #111827;
  max-height: 14rem; overflow-y: auto;
}
.source-card mark { background: #fde047; color: #111827; padding: 0 2px; border-radius: 2px; }
.source-card ul.checks { list-style: none; padding: 0; margin: 0 0 0.5rem; font-size: 0.9rem; }
.source-card li.ok { color: #166534; }
.source-card li.warn { color: #9a3412; }
.source-card img.preview {
  display: block; width: 100%; max-width: 700px; height: auto; border: 1px solid #cbd5e1;
  margin: 0.3rem 0;
}
.source-card a.open-pdf { color: #0b4fb3; font-weight: 600; }
.dark .sources, .dark .source-card h3, .dark .source-card blockquote { color: #f3f4f6; }
.dark .source-card { background: #111827; border-color: #475569; }
.dark .source-card blockquote { background: #1f2937; }
.dark .source-card .meta, .dark .conflicts .meta { color: #d1d5db; }
.dark .source-card a.open-pdf { color: #9cc3ff; }

.conflicts {
  border: 1px solid #f59e0b; background: #fffbeb; border-radius: 8px; padding: 0.6rem 0.8rem;
  margin-bottom: 0.9rem; color: #111827;
}
.conflicts h3 { font-size: 1rem; margin: 0 0 0.5rem; color: #7c2d12; }
.conflict-pair {
  display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: 0.6rem;
  margin-bottom: 0.4rem;
}
.conflict-item { background: #ffffff; border: 1px solid #fcd34d; border-radius: 6px; padding: 0.5rem; }
.conflict-item .figure { font-size: 1.3rem; font-weight: 700; margin: 0 0 0.2rem; color: #7c2d12; }
.conflict-item p { margin: 0 0 0.2rem; }

@media (max-width: 640px) {
  .layout { flex-direction: column !important; }
  .layout > * { min-width: 100% !important; }
  .conflict-pair { grid-template-columns: 1fr; }
  .intro h1 { font-size: 1.25rem; }
}
"""
