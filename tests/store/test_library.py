"""The library: importing, sessions, read marks, caching and what is written where."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest
from tinydb import Query

from store import analyze as analyze_module
from store.annotations import TextAnchor, new_annotation
from store.errors import NewerSchemaError
from store.library import Library
from store.paths import DataPaths
from store.samples import sample_files
from tests.conftest import ARTICLES


@pytest.fixture
def library(isolated_data_dir):
    lib = Library(DataPaths(isolated_data_dir))
    lib.open()
    yield lib
    lib.close()


def test_import_counts_added_present_and_refused(library, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(ARTICLES, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not walked: wrong kind
    (folder / "copy.txt").write_bytes((folder / "orchard-robotics.txt").read_bytes())

    first = library.import_paths([folder, tmp_path / "missing.md"])
    assert len(first.added) == 3
    assert first.present == [str(folder / "orchard-robotics.txt")]  # sorted after copy.txt
    assert dict(first.refused) == {
        str(tmp_path / "missing.md"): "no such file or directory",
        str(folder / "empty.txt"): "empty file (no text)",
    }
    second = library.import_paths([folder])
    assert second.added == [] and len(second.present) == 4


def test_a_mail_saved_with_its_source_imports_as_its_story(library, tmp_path):
    from tests.store.test_pages_chat_threads_and_raw_mail import RAW_MAIL

    mail = tmp_path / "Fwd Tasek Foods.eml"
    mail.write_text(RAW_MAIL, encoding="utf-8")
    report = library.import_paths([mail])
    assert report.added and not report.refused
    assert [a.title for a in library.articles()] == ["Tasek Foods signs B$20m deal with Japan’s Morita"]


def test_reimport_with_changed_text_updates_the_same_article(library, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Vela Corp names a new chief\nVela Corp said Ines Abara will lead it.\n")
    library.import_paths([path])
    (before,) = library.articles()
    path.write_text("Vela Corp names a new chief\nVela Corp said Ines Abara will lead it from May.\n")
    report = library.import_paths([path])
    (after,) = library.articles()
    assert report.added == [str(path)]
    assert after.id == before.id and after.content_hash != before.content_hash
    assert "from May" in library.analysis_of(after).body


def test_session_files_are_not_added_to_the_library(library):
    report = library.open_session([ARTICLES / "undated-brief.txt"])
    assert len(report.added) == 1
    assert [m.title for m in library.session_articles()] == ["Teller Systems quietly retires its Ledgerline app"]
    assert library.articles() == []
    reopened = Library(library.paths)
    reopened.open()
    assert reopened.articles() == []


def test_read_marks_persist_and_never_rewrite_the_library(library):
    library.import_paths([ARTICLES])
    first = library.articles()[0]
    library_bytes = library.paths.library.read_bytes()
    library.set_read(first.id)
    assert library.paths.library.read_bytes() == library_bytes
    reopened = Library(library.paths)
    reopened.open()
    assert {m.id for m in reopened.articles() if m.read} == {first.id}
    reopened.set_read(first.id, False)
    assert not any(m.read for m in reopened.articles())


def test_unchanged_articles_are_never_analysed_again(library, monkeypatch):
    library.import_paths([ARTICLES])
    calls = []
    real = analyze_module.analyze_text  # the library imports it on first use
    monkeypatch.setattr(analyze_module, "analyze_text", lambda *a, **k: calls.append(a) or real(*a, **k))
    reopened = Library(library.paths)
    reopened.open()
    for meta in reopened.articles():
        reopened.analysis_of(meta)
    assert calls == []


def test_metadata_comes_from_the_text_and_list_is_newest_first(library):
    library.import_paths([ARTICLES])
    titles = [(m.title, m.date) for m in library.articles()]
    assert titles[0] == ("Orchard Robotics hires Priya Raman to run its warehouse arm", "2024-06-04")
    assert titles[1] == ("Quillbank profits double as card fees rise", "2024-05-30")
    assert titles[2][1] is None


def test_samples_seed_a_new_library(library):
    report = library.seed_samples()
    assert len(report.added) == len(sample_files()) >= 8
    assert not report.refused
    assert all(m.origin.startswith("sample:") for m in library.articles())


def test_newer_store_is_refused_on_open_and_not_written(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    stamp = json.dumps({"_meta": {"1": {"schema": 99}}, "articles": {}})
    (isolated_data_dir / "library.json").write_text(stamp)
    with pytest.raises(NewerSchemaError, match="newer byline"):
        Library(DataPaths(isolated_data_dir)).open()
    assert (isolated_data_dir / "library.json").read_text() == stamp


def test_filter_matches_title_or_cleaned_body(library):
    from store.search import SearchQuery

    library.import_paths([ARTICLES])
    metas = library.articles()
    titles = lambda ids: sorted(m.title for m in metas if m.id in ids)  # noqa: E731
    assert titles(library.matching_ids(SearchQuery.parse("lisbon"), metas)) == [
        "Quillbank profits double as card fees rise"
    ]
    assert len(library.matching_ids(SearchQuery.parse("ledgerline norway"), metas)) == 1
    # Teaser headlines are boilerplate, not body: they do not match.
    assert library.matching_ids(SearchQuery.parse("Zenit"), metas) == []


def test_metadata_follows_a_newer_analysis_when_the_article_is_opened(library):
    library.import_paths([ARTICLES / "undated-brief.txt"])
    (meta,) = library.articles()
    stale = replace(meta, title="old title from an older analyser")
    library._articles.update({"title": stale.title}, Query().id == meta.id)
    refreshed = library.refresh_metadata(stale, library.analysis_of(stale))
    assert refreshed.title == "Teller Systems quietly retires its Ledgerline app"
    assert [m.title for m in library.articles()] == [refreshed.title]


def test_notes_take_the_articles_title_as_a_newer_analyser_reads_it(library):
    library.import_paths([ARTICLES / "undated-brief.txt"])
    (meta,) = library.articles()
    body = library.analysis_of(meta).body
    old_ref = replace(library.article_ref(meta), title="old title from an older analyser")
    library.notes.save(new_annotation(old_ref, meta.content_hash, TextAnchor.from_span(body, 0, 20), note="keep"))
    library.notes.save(new_annotation(old_ref, meta.content_hash, None, note="on the whole article"))

    placed = library.annotations_for(meta, body)

    assert {a.article.title for a, _ in placed} == {meta.title}
    assert {a.article.title for a in library.notes.for_article(meta.id)} == {meta.title}  # and on disk
    assert sorted(a.note for a in library.notes.for_article(meta.id)) == ["keep", "on the whole article"]
