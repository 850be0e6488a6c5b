"""Pilot tests: drive the real app with keys and check what is on the screen."""

from __future__ import annotations

import pytest

from store.library import Library
from store.paths import resolve_data_paths
from store.samples import sample_files
from tests.conftest import ARTICLES, HOSTILE
from tui.app import BylineApp
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.entity_sidebar import EntitySidebar
from tui.widgets.reader import Reader

ORCHARD = "Orchard Robotics hires Priya Raman to run its warehouse arm"
QUILLBANK = "Quillbank profits double as card fees rise"


def make_app(session: list | None = None) -> BylineApp:
    paths = [str(p) for p in session] if session is not None else None
    return BylineApp(Library(resolve_data_paths()), session_paths=paths)


async def settle(pilot) -> None:
    """Let workers finish and the messages they post be handled (twice: handlers start workers)."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def reader_text(app) -> str:
    reader = app.screen.query_one(Reader)
    return "\n".join(reader._build_line(i).text for i in range(reader.line_count))


def reader_flat(app) -> str:
    """The reader's text with line wrapping undone."""
    return " ".join(reader_text(app).split())


async def open_first(pilot) -> None:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def test_fresh_install_opens_on_the_sample_library():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList).articles
        assert len(articles) == len(sample_files())
        assert all(not meta.read for meta in articles)
        assert articles[0].title[:30] in screen_text(app)  # long titles are cut with …
        assert app.screen.query_one(ArticleList).has_focus


async def test_open_article_shows_clean_text_and_its_entities():
    app = make_app([ARTICLES])
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        text = reader_flat(app)
        assert text.startswith(f"{ORCHARD} 4 Jun 2024 · Tom Ellery ")
        assert "ending a six-month search" in text
        assert "where she shipped" in text  # the broken line is re-joined
        assert "Share" not in text and "Continue Reading" not in text
        names = [entity.name for entity in app.screen.query_one(EntitySidebar).entities]
        assert names[0] == "Priya Raman"
        assert "Orchard Robotics" in names
        assert "Halvard Moss" not in names  # named only in a teaser
        assert app.screen.query_one(Reader).has_focus
        assert "Priya Raman" in screen_text(app)


async def test_entity_mentions_are_marked_and_stepped_through():
    app = make_app([ARTICLES])
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("tab")  # reader -> sidebar
        sidebar = app.screen.query_one(EntitySidebar)
        assert sidebar.has_focus
        await pilot.press("enter")  # the first entity: Priya Raman
        reader = app.screen.query_one(Reader)
        entity = reader.marked_entity
        assert entity is not None and entity.name == "Priya Raman" and entity.mentions >= 3
        assert str(reader.border_subtitle) == f"Priya Raman: mention 1 of {entity.mentions}"
        await pilot.press("n")
        assert str(reader.border_subtitle) == f"Priya Raman: mention 2 of {entity.mentions}"
        start, end = entity.spans[1]
        assert app.screen.query_one(Reader).document.analysis.body[start:end] in entity.aliases
        await pilot.press("N", "N")
        assert reader.current_mention == entity.mentions - 1  # wrapped round
        await pilot.press("shift+tab", "escape")
        assert reader.marked_entity is None and str(reader.border_subtitle) == ""


async def test_filter_narrows_the_list_by_body_words():
    app = make_app([ARTICLES])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lisbon")
        await settle(pilot)
        articles = app.screen.query_one(ArticleList).articles
        assert [meta.title for meta in articles] == [QUILLBANK]
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.screen.query_one(ArticleList).articles) == 3


async def test_read_mark_survives_a_restart():
    library = Library(resolve_data_paths())
    library.open()
    library.import_paths([ARTICLES])
    library.close()

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        assert app.screen.query_one(ArticleList).articles[0].read
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        rows = again.screen.query_one(ArticleList).articles
        assert [meta.read for meta in rows] == [True, False, False]
        first_row = screen_text(again).splitlines()[2]
        assert "●" not in first_row and "Orchard Robotics" in first_row


async def test_hostile_text_is_shown_literally_and_never_as_control():
    app = make_app([HOSTILE])
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        text = reader_flat(app)
        assert text.startswith("[bold]Markup Mayhem at [red]Bracket Corp[/red][/]")
        assert "[@click=app.quit]this text[/]" in text
        # Escape sequences are removed whole: the colour codes, title and clipboard writes are gone.
        assert "contained red text and a title change and a clipboard write and a bell" in text
        assert "52;c" not in text and "pwned" not in text
        reader = app.screen.query_one(Reader)
        for index in range(reader.line_count):
            for segment in reader._build_line(index):
                assert "\x1b" not in segment.text and "\x07" not in segment.text
                meta = segment.style.meta if segment.style else {}
                assert "@click" not in meta and set(meta) <= {"offset"}, "text must carry no actions"
        list_text = screen_text(app)
        assert "[bold]Markup" in list_text
        assert app.is_running


async def test_help_lists_the_keys_and_q_quits():
    app = make_app([ARTICLES])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for description in ("Next mention", "Filter", "Next sentence", "Highlight", "Copy citation", "Sidebar", "Quit"):
            assert description in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_narrow_terminal_hides_the_sidebar_until_asked():
    app = make_app([ARTICLES])
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(pilot)
        sidebar = app.screen.query_one(EntitySidebar)
        assert not sidebar.display or sidebar.region.width == 0
        assert ORCHARD.split()[0] in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.region.width > 0


async def test_brackets_step_to_the_next_and_previous_article():
    app = make_app([ARTICLES])
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")  # ]] at once
        await settle(pilot)
        assert reader_flat(app).startswith(QUILLBANK)
        await pilot.press("left_square_bracket")  # [ alone, once the wait for q/e is over
        await pilot.pause(1.2)
        await settle(pilot)
        assert reader_flat(app).startswith(ORCHARD)


async def test_palette_opens_an_article_by_title():
    app = make_app([ARTICLES])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"open article")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"quillbank")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert reader_flat(app).startswith(QUILLBANK)


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_layout_is_usable_at_small_and_large_sizes(size):
    app = make_app([ARTICLES])
    async with app.run_test(size=size) as pilot:
        await open_first(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.region.width >= 40
        visible = [reader.render_line(y).text for y in range(reader.size.height)]
        assert any("Orchard Robotics named" in line for line in visible)
