"""The help screen: every key, read from the bindings themselves so it cannot drift."""

from __future__ import annotations

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

    from ..widgets.notes_panel import NotesPanel

    return [
        ("Everywhere", rows(app.BINDINGS) + [("tab shift+tab", "Move between panes"), ("ctrl+p", "Command palette")]),
        ("Main screen", rows(MainScreen.BINDINGS)),
        ("Article list", rows(ArticleList.BINDINGS)),
        ("Reader", rows(Reader.BINDINGS)),
        ("Entities", rows(EntitySidebar.BINDINGS)),
        ("Notes panel", rows(NotesPanel.BINDINGS)),
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
            with Horizontal():
                for column in columns(key_sections(self.app)):
                    yield Static(_key_table(column), classes="help-column")


def _key_table(sections: list[tuple[str, list[tuple[str, str]]]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for section, rows in sections:
        table.add_row(Text(section, style="bold underline"), "")
        for keys, description in rows:
            table.add_row(Text(keys), Text(description))
        table.add_row("", "")
    return table
