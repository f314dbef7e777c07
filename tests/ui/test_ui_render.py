"""Pure rendering: escaping, [n] links, highlights, ✓/⚠, conflicts, refusals, plain text."""

from __future__ import annotations

import html

import pytest
from golden_answers import load

from ui import render

SCRIPT = "<script>alert('pdf')</script><img src=x onerror=alert(1)>"


# The contract's shape comes from the golden answer of the real assistant; the tests set only
# the values they read.
GOLDEN = load("answer")


def cite(n: int = 1, quote: str = "En 2023, 82 % des Français le pensent.", **kw) -> dict:
    return {
        **GOLDEN["citations"][0],
        "n": n,
        "source": "dossier/fiche 3.pdf",
        "title": "Fiche repère",
        "kind": "fiche",
        "date": "2023-03-01",
        "page": 4,
        "page_label": "2",
        "quote": quote,
        "url": "",
        "chunk_id": "abc",
        **kw,
    }


def fig(text: str, citation: int | None = 1, verified: bool = True, **kw) -> dict:
    return {**GOLDEN["figures"][0], "text": text, "citation": citation, "verified": verified, **kw}


def answer(**kw) -> dict:
    base = {
        **GOLDEN,
        "question": "Quelle part ?",
        "answer": "82 % des Français le pensent [1].",
        "refused": False,
        "citations": [cite()],
        "fingerprint": "f",
        "figures": [fig("82 %", category="quantity")],
        "conflicts": [],
        "nearest": [],
        "retrieval": {**GOLDEN["retrieval"], "understood": "Quelle part ?"},
    }
    return {**base, **kw}


def test_pdf_quote_with_script_is_shown_as_text():
    html = render.source_card(cite(quote=f"Avant {SCRIPT} après"))
    assert "<script" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;pdf&#x27;)&lt;/script&gt;" in html
    assert "onerror=alert(1)&gt;" in html  # the attribute survives only as text


def test_title_and_source_from_pdf_are_escaped_in_attributes():
    html = render.source_card(cite(title='Titre" onmouseover="x', source='a"b.pdf'))
    assert 'onmouseover="x' not in html
    assert "a%22b.pdf" in html  # the URL is percent-encoded


@pytest.mark.parametrize("question", [SCRIPT, "<b>gras</b> **étoiles** [lien](javascript:x)"])
def test_question_markup_is_neither_html_nor_markdown(question):
    shown = render.esc_md(question)
    assert not set("<>*[]") & set(shown)
    assert html.unescape(shown) == question  # the browser shows exactly what was typed


def test_escaping_is_single_pass():
    assert render.esc_md("qu'il & <x>") == "qu'il &amp; &lt;x&gt;"


def test_citations_become_links_to_cards():
    html = render.answer_html("Oui [1]. Aussi [1, 2]. Inconnu [7].", known=[1, 2])
    assert html.count('href="#source-1"') == 2 and 'href="#source-2"' in html
    assert "#source-7" not in html and "&#91;7&#93;" in html


def test_answer_text_with_script_is_escaped():
    html = render.answer_html(f"Texte {SCRIPT} [1]", [1])
    assert "<script" not in html and "&lt;script&gt;" in html and 'href="#source-1"' in html


def test_cited_figures_are_highlighted_and_checked():
    figs = [fig("82 %"), fig("45 %", verified=False), fig("2023", 2, category="date")]
    html = render.source_card(cite(), figs)
    assert "<mark>82 %</mark>" in html and "<mark>2023</mark>" not in html  # cited by [2]
    assert "✓ 82 %" in html and "⚠ 45 %" in html and "non retrouvé" in html


@pytest.mark.parametrize(
    "quote, figure, marked",
    [
        ("soit 12 % des communes", "1", None),
        ("soit 1 000 communes", "1", None),
        ("note 2,1 sur 10", "1", None),
        ("soit 78\u00a0% des Français", "78 %", "78\u00a0%"),
        ("1 500 000 euros", "1 500 000 euros", "1 500 000 euros"),
    ],
)
def test_highlight_matches_whole_figures_only(quote, figure, marked):
    html = render.highlight(quote, [figure])
    assert (f"<mark>{marked}</mark>" in html) if marked else ("<mark>" not in html)


def test_card_has_meta_preview_and_pdf_link():
    html = render.source_card(cite())
    assert 'id="source-1"' in html and "Fiche" in html and "1er mars 2023" in html
    assert "p. 2 (page 4 du PDF)" in html
    assert 'href="pdf/dossier/fiche%203.pdf#page=4"' in html
    assert 'src="preview/dossier/fiche%203.pdf/4.png?chunk=abc&amp;focus=1"' in html


def test_conflicts_side_by_side_oldest_first():
    conflict = {
        "statement": "…",
        "items": [
            {
                "figures": ["82%"],
                "citation": 2,
                "title": "Bulletin",
                "date": "2023-03",
                "page": 1,
                "page_label": "1",
            },
            {
                "figures": ["78%"],
                "citation": 1,
                "title": "Fiche <b>",
                "date": "2019-06-12",
                "page": 2,
                "page_label": "2",
            },
        ],
    }
    html = render.conflicts_html([conflict])
    assert html.index("78\u00a0%") < html.index("82\u00a0%")
    assert "juin 2019" in html and "mars 2023" in html and "Fiche &lt;b&gt;" in html
    assert 'class="conflict-pair"' in html


def test_refusal_lists_nearest_documents():
    refused = answer(
        refused=True,
        citations=[],
        figures=[],
        answer="Je n'ai pas trouvé…",
        nearest=[
            {
                "source": "x.pdf",
                "title": "Étude <i>",
                "kind": "étude",
                "date": "2021",
                "page": 3,
                "page_label": "3",
            }
        ],
    )
    html = render.sources_html([], refused)
    assert "Documents les plus proches" in html and "Étude &lt;i&gt;" in html
    assert 'href="pdf/x.pdf#page=3"' in html
    assert "Documents les plus proches" in render.plain_text(refused)


def test_sources_panel_states():
    assert "s'afficheront ici" in render.sources_html([])
    streaming = render.sources_html([cite()])
    assert "Rédaction en cours" in streaming and 'id="source-1"' in streaming
    assert "Rédaction en cours" not in render.sources_html([cite()], answer())


def test_chat_bubble_shows_figure_checks():
    html = render.chat_html(
        answer(figures=[fig("82 %", category="quantity"), fig("9 %", verified=False)])
    )
    assert "✓ 1 chiffre vérifié" in html and "⚠ non retrouvé sur la page citée : 9 %" in html


@pytest.mark.parametrize(
    "figures, line",
    [
        # years, dates and periods are counted apart from quantities
        (
            [
                ("81 %", "quantity"),
                ("302", "quantity"),
                ("12 %", "quantity"),
                ("2015", "date"),
                ("30 novembre 2021", "date"),
            ],
            "✓ 3 chiffres vérifiés, 2 dates",
        ),
        ([("81 %", "quantity"), ("2021", "date")], "✓ 1 chiffre vérifié, 1 date"),
        ([("2015", "date"), ("2021", "date")], "✓ 2 dates vérifiées"),
        ([("septembre 2015", "date")], "✓ 1 date vérifiée"),
        ([("5", "quantity"), ("8 %", "quantity")], "✓ 2 chiffres vérifiés"),
    ],
)
def test_figures_line_counts_dates_apart(figures, line):
    html = render.figures_line([fig(text, category=category) for text, category in figures])
    assert f">{line}</small>" in html


def test_figures_line_of_the_golden_answer():
    assert ">✓ 6 chiffres vérifiés, 1 date</small>" in render.figures_line(GOLDEN["figures"])
    older = [{k: v for k, v in f.items() if k != "category"} for f in GOLDEN["figures"]]
    assert ">✓ 7 chiffres vérifiés</small>" in render.figures_line(older)  # records before 1.0


def test_plain_text_copy_has_answer_and_sources():
    text = render.plain_text(answer())
    assert text.startswith("82 % des Français le pensent [1].")
    assert "[1] Fiche repère (Fiche, 1er mars 2023), p. 2 (page 4 du PDF)" in text
    assert "« En 2023, 82 % des Français le pensent. »" in text


@pytest.mark.parametrize(
    "date, shown",
    [
        ("2023-03-01", "1er mars 2023"),
        ("2019-06-12", "12 juin 2019"),
        ("2020-11", "novembre 2020"),
        ("2018", "2018"),
        ("", "date inconnue"),
    ],
)
def test_french_dates(date, shown):
    assert render.format_date(date) == shown


def test_coverage_note_counts_and_years():
    docs = [
        {"kind": "fiche", "date": "2019-06"},
        {"kind": "fiche", "date": "2024"},
        {"kind": "étude", "date": "2021-01-02"},
    ]
    note = render.coverage_note(docs)
    assert "3 publications" in note and "2 fiches" in note and "1 étude" in note
    assert "de 2019 à 2024" in note and "uniquement" in note


def test_conflicts_sharing_a_page_are_merged():
    def item(fig, source, date, n):
        return {
            "figures": [fig],
            "citation": n,
            "source": source,
            "title": source,
            "date": date,
            "page": 2,
            "page_label": "2",
        }

    recent = item("81%", "fiche-2021.pdf", "2021-03-15", 1)
    conflicts = [
        {"items": [recent, item("69%", "bulletin-2015.pdf", "2015-10", 3)]},
        {"items": [recent, item("69%", "fiche-2016.pdf", "2016-12", 2)]},
    ]
    groups = render.conflict_groups(conflicts)
    assert len(groups) == 1
    assert [i["source"] for i in groups[0]] == [
        "bulletin-2015.pdf",
        "fiche-2016.pdf",
        "fiche-2021.pdf",
    ]
    assert render.conflicts_html(conflicts).count('class="conflict-item"') == 3


def test_a_figure_cited_twice_is_checked_once():
    figs = [fig("82 %")] * 3
    assert render.source_card(cite(), figs).count("✓ 82 %") == 1


def test_chat_bubble_says_how_the_question_was_understood():
    typed = answer(question="les parttenariats des collectivites ?")
    corrected = {**typed, "retrieval": {"understood": "les partenariats des collectivités ?"}}
    assert "Question comprise : « les partenariats des collectivités ? »" in render.chat_html(
        corrected
    )
    same = {**typed, "retrieval": {"understood": "Les parttenariats  des collectivites ?"}}
    assert "Question comprise" not in render.chat_html(same)
    assert "Question comprise" not in render.chat_html(answer())  # older records: nothing
    hostile = {**typed, "retrieval": {"understood": "<script>alert(1)</script>"}}
    assert "<script>" not in render.chat_html(hostile)


def test_a_pdf_absent_from_the_catalogue_is_marked_hors_catalogue():
    outside = cite(catalogued=False, title="Note <i>")
    card = render.source_card(outside)
    meta = card.split('<p class="meta">')[1].split("</p>")[0]
    assert 'class="off-catalogue"' in meta and ">hors catalogue</strong>" in meta
    assert "n'a pas d'entrée dans le catalogue" in html.unescape(meta) and "Note &lt;i&gt;" in card
    older = {k: v for k, v in cite().items() if k != "catalogued"}  # records without the field
    for listed in (cite(), older):
        assert "hors catalogue" not in render.source_card(listed)
    text = render.plain_text(answer(citations=[cite(), cite(2, catalogued=False)]))
    lines = [x for x in text.splitlines() if x.startswith("[")]
    assert "hors catalogue" not in lines[0] and lines[1].endswith(" — hors catalogue")
    near = {"source": "n.pdf", "title": "Note", "date": "2023", "page": 1, "page_label": "1"}
    refused = answer(refused=True, citations=[], nearest=[near, {**near, "catalogued": False}])
    items = render.sources_html([], refused).split("<li>")[1:]
    assert "hors catalogue" not in items[0] and "hors catalogue" in items[1]
    assert render.plain_text(refused).splitlines()[-1].endswith(" — hors catalogue")


def test_excerpt_of_a_long_question_is_short_escaped_and_says_its_length():
    assert render.excerpt("Combien   de\nfiches ?") == "Combien de fiches ?"
    long = "<b>Pourquoi</b> ? " * 100
    shown = render.excerpt(long)
    assert shown.endswith(f"… ({len(long.strip())} caractères)") and len(html.unescape(shown)) < 90
    assert "<b>" not in shown


def test_a_refusal_under_filters_says_which_and_how_to_widen_them():
    assert render.filter_note() == ""
    note = render.filter_note(["autre"], 2019, 2023)
    assert "au type « autre » et aux publications de 2019 à 2023" in note
    assert "élargissez" in note
    assert "aux types « fiche », « étude »" in render.filter_note(["fiche", "étude"])
    assert "à partir de 2020" in render.filter_note(year_min=2020)
    assert "jusqu'en 2018" in render.filter_note(year_max=2018)
    refused = {"refused": True, "nearest": []}
    assert note in render.sources_html([], refused, note)
    assert "élargissez" not in render.sources_html([cite()], answer(), note)
