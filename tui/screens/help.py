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

    return [
        ("Everywhere", rows(app.BINDINGS) + [("tab shift+tab", "Move between panes"), ("ctrl+p", "Command palette")]),
        ("Main screen", rows(MainScreen.BINDINGS)),
        ("Article list", rows(ArticleList.BINDINGS)),
        ("Reader", rows(Reader.BINDINGS)),
        ("Entities", rows(EntitySidebar.BINDINGS)),
    ]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        sections = key_sections(self.app)
        half = 3  # the global, screen and list keys left; reader and sidebar right
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "Esc to close"
            with Horizontal():
                yield Static(_key_table(sections[:half]), classes="help-column")
                yield Static(_key_table(sections[half:]), classes="help-column")


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
