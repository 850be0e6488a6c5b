"""The article list: a virtual list that draws only the rows on screen.

Each article takes two lines (title; source and date). With the Line API the
cost of a frame does not depend on how many articles there are, which keeps a
10,000-article library as quick as a ten-article one (OptionList and ListView
build a widget or a visual per item and take seconds at that size).
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.dates import readable_date
from store.model import ArticleMeta


ROW_HEIGHT = 2


class ArticleList(ScrollView, can_focus=True):
    """Titles with source, date and a read mark; Enter opens the highlighted one."""

    COMPONENT_CLASSES = {
        "article-list--title",
        "article-list--title-read",
        "article-list--details",
        "article-list--cursor",
        "article-list--unread-mark",
        "article-list--empty",
    }

    BINDINGS = [
        Binding("enter", "open", "Open", id="list.open"),
        Binding("j,down", "move(1)", "Down", show=False, id="list.down"),
        Binding("k,up", "move(-1)", "Up", show=False, id="list.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("g,home", "first", "First", show=False, id="list.first"),
        Binding("G,end", "last", "Last", show=False, id="list.last"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Chosen(Message):
        """The user asked to open an article."""

        def __init__(self, meta: ArticleMeta) -> None:
            super().__init__()
            self.meta = meta

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.articles: list[ArticleMeta] = []
        self.empty_message = "Loading library…"

    # -- data in --------------------------------------------------------------

    def set_articles(self, articles: list[ArticleMeta], keep_id: str | None = None) -> None:
        """Show ``articles``; keep the cursor on ``keep_id`` if it is among them."""
        self.articles = articles
        position = 0
        if keep_id is not None:
            position = next((i for i, meta in enumerate(articles) if meta.id == keep_id), 0)
        self.virtual_size = Size(self.size.width, len(articles) * ROW_HEIGHT)
        self.cursor = position
        self.refresh()

    def update_article(self, meta: ArticleMeta) -> None:
        """Replace one article's row (after its read mark changed)."""
        for index, existing in enumerate(self.articles):
            if existing.id == meta.id:
                self.articles[index] = meta
                self.refresh_lines(index * ROW_HEIGHT - int(self.scroll_y), ROW_HEIGHT)
                return

    @property
    def highlighted(self) -> ArticleMeta | None:
        if 0 <= self.cursor < len(self.articles):
            return self.articles[self.cursor]
        return None

    # -- cursor ---------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.articles) - 1))

    def watch_cursor(self) -> None:
        self.scroll_to_region(
            Region(0, self.cursor * ROW_HEIGHT, 1, ROW_HEIGHT), animate=False, force=True
        )
        self.refresh()

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_page(self, step: int) -> None:
        rows = max(self.scrollable_content_region.height // ROW_HEIGHT - 1, 1)
        self.cursor += step * rows

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.articles) - 1

    def action_open(self) -> None:
        meta = self.highlighted
        if meta is not None:
            self.post_message(self.Chosen(meta))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + int(self.scroll_y)) // ROW_HEIGHT
        if 0 <= index < len(self.articles):
            self.cursor = index
            if event.chain >= 2:
                self.action_open()

    # -- painting -------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_y) + y
        index, part = divmod(line, ROW_HEIGHT)
        if not self.articles:
            if y == 0:
                return self._strip(Text(self.empty_message, style=self._style("article-list--empty")), width, Style())
            return Strip.blank(width, self.rich_style)
        if index >= len(self.articles):
            return Strip.blank(width, self.rich_style)
        meta = self.articles[index]
        # The cursor's background is resolved against the widget's (not partial):
        # theme cursor colours may be translucent.
        row_style = self.get_component_rich_style("article-list--cursor") if index == self.cursor else Style()
        if part == 0:
            mark = Text("  " if meta.read else "● ", style=self._style("article-list--unread-mark"))
            component = "article-list--title-read" if meta.read else "article-list--title"
            text = mark + Text(meta.title, style=self._style(component))
        else:
            details = " · ".join(p for p in (meta.source, readable_date(meta.date)) if p) or "—"
            text = Text("  " + details, style=self._style("article-list--details"))
        return self._strip(text, width, row_style)

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def _strip(self, text: Text, width: int, row_style: Style) -> Strip:
        text.no_wrap = True
        text.overflow = "ellipsis"
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = list(text.render(self.app.console))
        strip = Strip(segments or [Segment("")]).apply_style(self.rich_style + row_style)
        return strip.crop_extend(0, width, self.rich_style + row_style)
