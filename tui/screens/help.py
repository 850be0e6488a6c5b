"""The help screen: every key, read from the bindings themselves so it cannot drift."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def key_sections(app) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, description)]) for every pane, in the order a user meets them."""
    from ..widgets.article_list import ArticleList
    from ..widgets.entity_sidebar import EntitySidebar
    from ..widgets.reader import Reader
    from .main import MainScreen

    def rows(bindings) -> list[tuple[str, str]]:
        found = []
        for binding in bindings:
            if isinstance(binding, Binding):
                keys = " ".join(app.get_key_display(Binding(key, "")) for key in binding.key.split(","))
                found.append((keys, binding.description))
        return found

    from ..widgets.keyed_list import KeyedOptionList
    from ..widgets.notes_panel import NotesPanel
    from .notes_view import NotesView

    return [
        ("Everywhere", rows(app.BINDINGS) + [("tab shift+tab", "Move between panes"), ("ctrl+p", "Command palette")]),
        ("Main screen", rows(MainScreen.BINDINGS)),
        ("Article list", rows(ArticleList.BINDINGS)),
        ("Reader", rows(Reader.BINDINGS)),
        ("Entities", rows(EntitySidebar.BINDINGS) + rows(KeyedOptionList.BINDINGS)),
        ("Notes panel", rows(NotesPanel.BINDINGS) + rows(KeyedOptionList.BINDINGS)),
        ("Notes view (H)", rows(NotesView.BINDINGS) + [("j k", "Move"), ("⏎", "Open the article there")]),
    ]


def columns(sections, count: int = 3) -> list[list[tuple[str, list[tuple[str, str]]]]]:
    """Spread sections over about ``count`` columns of equal height.

    A section moves whole to the next column when it does not fit; only one
    taller than a column is split.
    """
    height = -(-sum(len(rows) + 2 for _, rows in sections) // count)
    result: list[list] = [[]]
    used = 0
    for title, rows in sections:
        need = len(rows) + 2
        if used + need > height and result[-1] and need <= height:
            result.append([])
            used = 0
        while rows:
            room = max(height - used - 2, 4)
            taken, rows = rows[:room], rows[room:]
            result[-1].append((title, taken))
            used += len(taken) + 2
            title = f"{title} (more)"
            if rows:
                result.append([])
                used = 0
    return result


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "Esc to close"
            width = self.app.size.width
            count = 3 if width >= 120 else 2 if width >= 90 else 1
            with Horizontal():
                for column in columns(key_sections(self.app), count):
                    yield Static(_key_table(column), classes="help-column")


def _key_table(sections: list[tuple[str, list[tuple[str, str]]]]) -> Group:
    parts = []
    for section, rows in sections:
        table = Table.grid(padding=(0, 1), expand=True)
        table.add_column(style="bold", ratio=2)
        table.add_column(ratio=3)
        for keys, description in rows:
            table.add_row(Text(keys), Text(description))
        parts += [Text(section, style="bold underline"), table, Text("")]
    return Group(*parts)
