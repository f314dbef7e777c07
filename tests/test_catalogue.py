import pytest

from assistant.errors import ConfigError
from assistant.ingest.catalogue import doc_info, guess_kind, load_catalogue


def test_catalogue_entry_wins(tmp_path):
    (tmp_path / "catalogue.toml").write_text(
        '["a.pdf"]\ntitle = "Titre"\nkind = "etude"\nnumber = "2"\ndate = "2019-05"\nurl = "https://x"\n',
        encoding="utf-8",
    )
    cat = load_catalogue(tmp_path)
    info = doc_info("a.pdf", cat["a.pdf"], "Titre PDF", "Publié le 1er janvier 2001")
    assert (info.title, info.kind, info.number, info.date, info.url) == (
        "Titre",
        "étude",
        "2",
        "2019-05",
        "https://x",
    )
    assert info.year == 2019 and info.from_catalogue


def test_missing_entry_uses_pdf_metadata_then_file_name():
    info = doc_info("sous/bulletin-veille-2020-mars.pdf", None, "", "")
    assert info.kind == "bulletin" and info.date == "2020" and not info.from_catalogue
    assert info.title == "Bulletin veille 2020 mars"
    assert doc_info("x.pdf", None, "untitled", "").title == "X"
    assert doc_info("x.pdf", None, "Mon titre", "").title == "Mon titre"


@pytest.mark.parametrize(
    "first_page, title, source, date",
    [
        ("Note de synthèse\nPubliée en mars 2017", "", "note.pdf", "2017-03"),
        ("Paris, le 1er juillet 2021", "", "note.pdf", "2021-07-01"),
        ("Rapport du 12/10/2015", "", "note.pdf", "2015-10-12"),
        ("Créé en 2008, le programme …", "Bilan 2014", "note.pdf", "2014"),  # no bare year read
        ("", "", "rapport-2019.pdf", "2019"),
        # the edition's year in the title or name wins over the dates a first page reports
        ("En décembre 2016, le groupe …", "", "dpef-2018.pdf", "2018"),
        ("Aucune date ici.", "Sans date", "note.pdf", ""),  # never the file's creation date
        # what the first page says of its own edition outranks the dates it reports
        ("L'étude de janvier 2011 …\nÉdition 2018 — des origines", "", "note.pdf", "2018"),
        ("Publiée en 2021 par l'Observatoire, après l'enquête de mai 2020", "", "n.pdf", "2021"),
        ("Mise à jour le 3 mai 2020. En janvier 2011 …", "", "note.pdf", "2020-05-03"),
        # the noun « publication » right before its date (not « la publication de 2016 »)
        ("Associations\nAnnée de publication : 2021\nL'enquête de mai 2016", "", "n.pdf", "2021"),
        ("SYNTHÈSE\nPublication 2017\nCitoyens : septembre 2015", "", "n.pdf", "2017"),
        ("Depuis la publication de 2016, en mars 2018 …", "", "n.pdf", "2018-03"),
    ],
)
def test_uncatalogued_documents_are_dated_by_what_they_print(first_page, title, source, date):
    assert doc_info(source, None, title, first_page).date == date
    assert doc_info(source, {"title": "T"}, title, first_page).date == date  # entry, no date


@pytest.mark.parametrize(
    "name, kind",
    [
        ("fiche-repere-1.pdf", "fiche"),
        ("etude-x.pdf", "étude"),
        ("veille-3.pdf", "bulletin"),
        ("rapport.pdf", "autre"),
    ],
)
def test_guess_kind(name, kind):
    assert guess_kind(name) == kind


def test_bad_values_are_named(tmp_path):
    with pytest.raises(ConfigError, match="roman"):
        doc_info("a.pdf", {"kind": "roman"}, "", "")
    with pytest.raises(ConfigError, match="mars 2020"):
        doc_info("a.pdf", {"date": "mars 2020"}, "", "")
    (tmp_path / "catalogue.toml").write_text("[[oops", encoding="utf-8")
    with pytest.raises(ConfigError, match="mal formé"):
        load_catalogue(tmp_path)
