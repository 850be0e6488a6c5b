"""Pilot tests: highlighting, notes, copying and re-anchoring, from the keyboard."""

from __future__ import annotations

import shutil

import pyperclip
import pytest
from textual import events

from store.library import Library
from store.paths import resolve_data_paths
from tests.conftest import ARTICLES
from tui.app import BylineApp
from tui.screens.note_editor import ConfirmDiscard, NoteEditor
from tui.screens.notes_view import NotesView
from tui.widgets.notes_panel import NotesPanel
from tui.widgets.reader import Reader

from .test_app import screen_text, settle

ORCHARD_FIRST = "Orchard Robotics named Priya Raman as chief executive on Tuesday, ending a six-month search."


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch):
    """As on a headless machine: pyperclip finds no copy tool."""

    def refuse(text):
        raise pyperclip.PyperclipException("no copy mechanism")

    monkeypatch.setattr(pyperclip, "copy", refuse)


@pytest.fixture
def library_with_articles(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(ARTICLES, folder)
    library = Library(resolve_data_paths())
    library.open()
    library.import_paths([folder])
    library.close()
    return folder


def make_app() -> BylineApp:
    return BylineApp(Library(resolve_data_paths()))


async def open_first_article(pilot) -> Reader:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    reader = pilot.app.screen.query_one(Reader)
    assert reader.has_focus
    return reader


def highlighted_texts(reader: Reader) -> list[str]:
    body = reader.document.analysis.body
    return sorted(body[h.start : h.end] for h in reader.highlights)


async def test_highlight_a_sentence_survives_a_restart(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        assert reader.target().text == ORCHARD_FIRST  # the cursor starts on the first sentence
        await pilot.press("h")
        await settle(pilot)
        assert highlighted_texts(reader) == [ORCHARD_FIRST]
        assert "Highlighted" in " ".join(str(n.message) for n in app._notifications)
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        assert highlighted_texts(reader) == [ORCHARD_FIRST]
        panel = again.screen.query_one(NotesPanel)
        assert "Orchard Robotics named Priya Raman" in str(panel.get_option_at_index(0).prompt)


async def test_highlight_a_quote_keeps_its_speaker(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        await pilot.press("right_square_bracket", "q")  # ]q: the next quote
        quote = next(q for q in reader.document.analysis.quotes if q.kind == "speech")
        assert reader.target().text == quote.text
        await pilot.press("2")
        await settle(pilot)
        (placed,) = reader.highlights
        assert reader.document.analysis.body[placed.start : placed.end] == quote.text
        assert placed.annotation.colour == 2 and placed.annotation.speaker == "Priya Raman"


async def test_select_across_two_sentences_then_highlight(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        await pilot.press("v", "j", "h")
        await settle(pilot)
        (text,) = highlighted_texts(reader)
        assert text.startswith(ORCHARD_FIRST) and text.endswith("first picking robot.")
        await pilot.press("u")  # undo removes it again
        await settle(pilot)
        assert reader.highlights == []


async def test_note_is_saved_shown_literally_and_kept_after_restart(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("h")
        await settle(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Check [bold]x[/] #hiring")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor)
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        (placed,) = reader.highlights
        assert placed.annotation.note == "Check [bold]x[/] #hiring" and placed.annotation.tags == ("hiring",)
        assert "Check [bold]x[/] #hiring" in screen_text(again)  # in the notes panel, as typed
        assert reader.render_line(reader._line_of(placed.start) - int(reader.scroll_y)).text.startswith("✎")


async def test_escape_asks_before_throwing_away_a_changed_note(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("a", "x")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape", "y")
        await settle(pilot)
        assert not isinstance(app.screen, (NoteEditor, ConfirmDiscard))
        assert app.screen.annotating.placed == {}


async def test_copy_falls_back_to_osc52_and_says_so(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.clipboard == ORCHARD_FIRST
        messages = [str(n.message) for n in app._notifications]
        assert any("terminal clipboard (OSC 52)" in m and "No system clipboard tool" in m for m in messages)
        await pilot.press("right_square_bracket", "q", "Y")
        await settle(pilot)
        quote = reader.target()
        # The article names no outlet, so its title stands in for the source.
        title = reader.document.meta.title
        assert app.clipboard == f"“{quote.text.rstrip(',')}” — Priya Raman, {title}, 4 June 2024"


async def test_reimport_with_edited_text_keeps_the_highlight(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("j", "h")
        await settle(pilot)
        (before,) = app.screen.query_one(Reader).highlights
        kept = app.screen.query_one(Reader).document.analysis.body[before.start : before.end]
    path = library_with_articles / "orchard-robotics.txt"
    text = path.read_text(encoding="utf-8")
    edited = text.replace("Orchard Robotics named", "Farm-robot maker Orchard Robotics on Tuesday named").replace(
        "picking robot", "picking robot arm"
    )
    path.write_text("Advertisement\n" + edited, encoding="utf-8")
    library = Library(resolve_data_paths())
    library.open()
    assert len(library.import_paths([path]).added) == 1
    library.close()
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        (after,) = reader.highlights
        now = reader.document.analysis.body[after.start : after.end]
        assert now == kept.replace("picking robot", "picking robot arm")


async def test_notes_view_filters_and_opens_the_article_at_the_spot(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("j", "j", "h", "a", *"#quote", "ctrl+s")
        await settle(pilot)
        await pilot.press("escape")  # back to the list
        await pilot.press("j", "enter")  # open another article
        await settle(pilot)
        await pilot.press("H")
        await settle(pilot)
        assert isinstance(app.screen, NotesView)
        await pilot.press("slash", *"#nothing")
        assert "Nothing matches the filter." in screen_text(app)
        await pilot.press(*["backspace"] * 7, *"quote", "enter", "enter")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.document.meta.title.startswith("Orchard Robotics")
        (placed,) = reader.highlights
        start, end = reader.units.sentences[reader.cursor]
        assert start <= placed.start < end  # the cursor is on the highlighted quote's sentence


async def test_bracket_q_typed_fast_jumps_and_never_quits(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        # Both keys queued before either is handled, as a fast typist (or tmux) sends them.
        app.post_message(events.Key("right_square_bracket", "]"))
        app.post_message(events.Key("q", "q"))
        await settle(pilot)
        assert app.is_running
        quote = next(q for q in reader.document.analysis.quotes if q.kind == "speech")
        assert reader.target().text == quote.text


async def test_mouse_selection_becomes_the_passage_actions_apply_to(library_with_articles):
    from textual.geometry import Offset
    from textual.selection import Selection

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        line = reader._line_of(0)  # the first body line, in the reader's line coordinates
        reader.selection_updated(Selection(Offset(0, line), Offset(len("Orchard Robotics"), line)))
        assert reader.target().text == "Orchard Robotics"
        await pilot.press("h")
        await settle(pilot)
        assert highlighted_texts(reader) == ["Orchard Robotics"]


async def test_export_from_the_palette_then_import_round_trip(library_with_articles, tmp_path, monkeypatch):
    from store.notes import NotesStore
    from store.notes_export import from_json

    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("h", "a", *"keep #this", "ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+p", *"export notes as json")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
    (exported,) = tmp_path.glob("byline-notes-*.json")
    notes = from_json(exported.read_text(encoding="utf-8"))
    assert [(n.text, n.note) for n in notes] == [(ORCHARD_FIRST, "keep #this")]
    other = NotesStore(tmp_path / "elsewhere")
    assert (other.import_new(notes), other.import_new(from_json(exported.read_text(encoding="utf-8")))) == (1, 0)


async def test_the_note_editor_shows_a_title_with_brackets_as_typed():
    from textual.app import App
    from textual.content import Content

    app = App()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(NoteEditor("Note on “Q3 [/] and [bold]more[/bold]”", "", ""))
        await pilot.pause()
        title = app.screen.query_one("#note-dialog").border_title  # kept as markup, drawn from it
        assert Content.from_markup(title).plain == "Note on “Q3 [/] and [bold]more[/bold]”"


async def test_the_notes_view_says_when_the_notes_cannot_be_read():
    from textual.app import App

    from store.errors import CorruptStoreError

    def broken():
        raise CorruptStoreError("notes/a1.json is not valid JSON")

    app = App()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(NotesView(broken))
        await settle(pilot)
        assert "Could not read the notes: notes/a1.json is not valid JSON" in screen_text(app)


async def test_a_new_highlight_is_painted_without_wrapping_the_article_again(library_with_articles):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        layout = reader._layout
        start = reader.document.analysis.body.index(ORCHARD_FIRST)
        y = len(reader._header) + layout.line_of_offset(start) - int(reader.scroll_y)
        await pilot.press("j")  # the cursor moves on, so the line shows only its own colours
        before = reader.render_line(y)
        await pilot.press("k", "h", "j")
        await settle(pilot)
        assert highlighted_texts(reader) == [ORCHARD_FIRST]
        assert reader.render_line(y) != before  # the user sees the sentence highlighted
        assert reader._layout is layout  # and the event loop did not wrap the whole article for it
