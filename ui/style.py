"""The look of the interface: theme, stylesheet (a module, so it ships without package-data
settings); the page's script is in `ui.script`."""

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
    # The footer (« Utiliser via API ») and other subdued text: slate 400 is 2.6:1 on white.
    body_text_color_subdued="*neutral_600",
    # « Arrêter »: white on red 700 (6.5:1); Gradio's red 500 is under 4.5:1.
    button_cancel_background_fill="*red_700",
    button_cancel_background_fill_hover="*red_800",
    button_cancel_text_color="white",
    # Placeholders (« Par exemple : … »): Gradio's slate 400 is 2.6:1 on white, its slate 500
    # 3.1:1 on the dark box; slate 600 gives 7.6:1, slate 400 on slate 800 5.7:1.
    input_placeholder_color="*neutral_600",
    input_placeholder_color_dark="*neutral_400",
)
CSS = """
/* Readable, high-contrast, keyboard-visible; stacks to one column on a phone.
   Colours are variables: Gradio puts `dark` on <body> when the system (or ?__theme=dark) asks
   for it, and only then. Every rule reads a variable so that no rule needs a `.dark` twin:
   Gradio's scoping of custom CSS keeps `.dark` on the first selector of a list only, which
   left most dark-mode rules dead (text at 1.2:1). */
:root {
  --obs-heading: #12264a; --obs-text: #111827; --obs-muted: #374151; --obs-link: #0b4fb3;
  --obs-card-bg: #ffffff; --obs-card-border: #cbd5e1; --obs-quote-bg: #f8fafc;
  --obs-quote-border: #94a3b8; --obs-ok: #166534; --obs-warn: #9a3412;
  --obs-conflict-bg: #fffbeb; --obs-conflict-border: #f59e0b; --obs-conflict-item-bg: #ffffff;
  --obs-conflict-item-border: #fcd34d; --obs-conflict-head: #7c2d12;
}
.dark {
  --obs-heading: #f3f4f6; --obs-text: #f3f4f6; --obs-muted: #d1d5db; --obs-link: #9cc3ff;
  --obs-card-bg: #111827; --obs-card-border: #475569; --obs-quote-bg: #1f2937;
  --obs-quote-border: #64748b; --obs-ok: #86efac; --obs-warn: #fdba74;
  --obs-conflict-bg: #271a06; --obs-conflict-border: #b45309; --obs-conflict-item-bg: #1f2937;
  --obs-conflict-item-border: #92400e; --obs-conflict-head: #fcd34d;
}
.intro h1 { font-size: 1.5rem; margin: 0.2rem 0 0.4rem; color: var(--obs-heading); }
.intro p { margin: 0; color: var(--obs-text); max-width: 62rem; line-height: 1.45; }

#chat a.cite, .sources a.cite {
  color: var(--obs-link); font-weight: 600; text-decoration: underline; padding: 0 1px;
}
.figures-line, .understood, .pending, .stopped { color: var(--obs-muted); }

/* Example questions in full (Gradio's own examples cut them with « … »). */
#examples .example { white-space: normal; text-align: left; justify-content: flex-start;
  height: auto; overflow: visible; text-overflow: clip; }
.examples-label p { margin: 0.3rem 0.5rem; font-weight: 600; color: var(--obs-text); }

/* « Copier » / « Exporter » under each answer. */
.answer-tools { display: inline-flex; gap: 0.4rem; margin-top: 0.4rem; }
.answer-tools button {
  font-size: 0.85rem; padding: 0.15rem 0.55rem; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--obs-card-border); background: var(--obs-card-bg); color: var(--obs-link);
}
.pending { font-style: italic; }

:is(a, button, input, textarea, select, [tabindex]):focus-visible {
  outline: 3px solid #d97706 !important; outline-offset: 2px;
}

.sources { color: var(--obs-text); }
.sources h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
.sources .empty, .sources .refused, .sources .filter-note { color: var(--obs-muted); }
.source-card {
  border: 1px solid var(--obs-card-border); border-radius: 8px; padding: 0.75rem 0.9rem;
  margin: 0 0 0.9rem; background: var(--obs-card-bg); color: var(--obs-text);
  scroll-margin-top: 1rem;
}
.source-card:target { border-color: #d97706; box-shadow: 0 0 0 3px #fcd34d; }
.source-card h3 { font-size: 1rem; margin: 0 0 0.25rem; color: var(--obs-heading); }
.source-card .num { color: var(--obs-link); }
.source-card .meta, .conflicts .meta { color: var(--obs-muted); font-size: 0.9rem; margin: 0 0 0.5rem; }
.source-card blockquote {
  margin: 0 0 0.5rem; padding: 0.4rem 0.6rem; border-left: 4px solid var(--obs-quote-border);
  background: var(--obs-quote-bg); white-space: pre-line; font-size: 0.92rem;
  color: var(--obs-text); max-height: 14rem; overflow-y: auto;
}
.source-card mark { background: #fde047; color: #111827; padding: 0 2px; border-radius: 2px; }
.source-card ul.checks { list-style: none; padding: 0; margin: 0 0 0.5rem; font-size: 0.9rem; }
.source-card li.ok { color: var(--obs-ok); }
.source-card li.warn { color: var(--obs-warn); }
.source-card img.preview {
  display: block; width: 100%; max-width: 700px; height: auto;
  border: 1px solid var(--obs-card-border); margin: 0.3rem 0;
}
.source-card a.open-pdf { color: var(--obs-link); font-weight: 600; }

.conflicts {
  border: 1px solid var(--obs-conflict-border); background: var(--obs-conflict-bg);
  border-radius: 8px; padding: 0.6rem 0.8rem; margin-bottom: 0.9rem; color: var(--obs-text);
}
.conflicts h3 { font-size: 1rem; margin: 0 0 0.5rem; color: var(--obs-conflict-head); }
.conflict-pair {
  display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: 0.6rem;
  margin-bottom: 0.4rem;
}
.conflict-item {
  background: var(--obs-conflict-item-bg); border: 1px solid var(--obs-conflict-item-border);
  border-radius: 6px; padding: 0.5rem; color: var(--obs-text);
}
.conflict-item .figure {
  font-size: 1.3rem; font-weight: 700; margin: 0 0 0.2rem; color: var(--obs-conflict-head);
}
.conflict-item p { margin: 0 0 0.2rem; }

/* Tabs (« Discussion », « Chiffres »): Gradio's accent blue on the selected one is 3.7:1. */
button[role="tab"].selected { color: var(--obs-link) !important; }
.figure-hint { color: var(--obs-muted); }
#figure-detail .num { font-size: 1.15rem; }

@media (max-width: 640px) {
  .layout { flex-direction: column !important; }
  .layout > * { min-width: 100% !important; }
  .conflict-pair { grid-template-columns: 1fr; }
  .intro h1 { font-size: 1.25rem; }
}
"""
