"""Snapshot tests of the main screens (pytest-textual-snapshot): the whole screen as the user sees it.

After a deliberate change to the layout, look at the new screens and accept them with
``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from .test_annotations import library_with_articles, make_app  # noqa: F401  (a fixture, used by name)
from .test_app import settle

SIZE = (120, 36)


async def _open_first_article(pilot) -> None:
    await settle(pilot)
    pilot.app.sub_title = "sample library"  # the data directory's path differs from run to run
    await pilot.press("enter")
    await settle(pilot)


def test_main_screen_with_an_article_open(snap_compare, library_with_articles):  # noqa: F811
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_open_first_article)


def test_main_screen_with_a_highlight_and_the_next_quote(snap_compare, library_with_articles):  # noqa: F811
    async def highlight(pilot) -> None:
        await _open_first_article(pilot)
        await pilot.press("h", "right_square_bracket", "q")
        await settle(pilot)
        pilot.app.clear_notifications()  # a toast's life depends on the machine's speed
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=highlight)


def test_help_screen(snap_compare, library_with_articles):  # noqa: F811
    async def help_screen(pilot) -> None:
        await _open_first_article(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=help_screen)
