"""The reader pane: an article's title block and wrapped body, painted line by line.

A ScrollView with ``render_line`` (the Line API, as Textual's Log does): only the
visible lines are built, so a long article scrolls as fast as a short one, and
every visual line maps back to body offsets for styled spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.model import Analysis, ArticleMeta, Entity

from ..formatting import pretty_date
from ..reader_layout import BLANK, BodyLayout, layout_body, wrap_offsets

MEASURE = 84  # the widest a line of prose gets, in cells, however wide the pane


@dataclass(frozen=True)
class ReaderDocument:
    meta: ArticleMeta
    analysis: Analysis


class Reader(ScrollView, can_focus=True):
    """Shows one article; marks an entity's mentions and steps through them."""

    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--quote",
        "reader--mention",
        "reader--mention-current",
        "reader--placeholder",
    }

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="reader.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="reader.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
        Binding("left_square_bracket", "step_article(-1)", "Prev article", id="reader.previous_article"),
        Binding("right_square_bracket", "step_article(1)", "Next article", id="reader.next_article"),
        Binding("n", "next_mention(1)", "Next mention", id="reader.next_mention"),
        Binding("N", "next_mention(-1)", "Prev mention", id="reader.previous_mention"),
        Binding("escape", "clear_mentions", "Clear marks", id="reader.clear_marks"),
    ]

    class StepArticle(Message):
        """The reader asks for the previous (-1) or next (+1) article in the list."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.document: ReaderDocument | None = None
        self.placeholder = "Choose an article from the list."
        self._header: list[Text] = []
        self._layout: BodyLayout | None = None
        self._spans: list[tuple[int, int, str]] = []
        self._marked_entity: Entity | None = None
        self._current_mention = -1
        self._cache: dict[int, Strip] = {}

    # -- data in --------------------------------------------------------------

    def show_document(self, document: ReaderDocument) -> None:
        self.document = document
        self._marked_entity = None
        self._current_mention = -1
        self._rebuild()
        self.scroll_to(0, 0, animate=False)

    def show_placeholder(self, message: str) -> None:
        self.document = None
        self.placeholder = message
        self._rebuild()

    def mark_entity(self, entity: Entity) -> None:
        """Mark every mention of ``entity`` and go to the first one."""
        self._marked_entity = entity
        self._current_mention = -1
        self._restyle()
        self.action_next_mention(1)

    @property
    def marked_entity(self) -> Entity | None:
        return self._marked_entity

    @property
    def current_mention(self) -> int:
        """Index of the mention last jumped to, or -1."""
        return self._current_mention

    # -- actions --------------------------------------------------------------

    def action_step_article(self, delta: int) -> None:
        self.post_message(self.StepArticle(delta))

    def action_next_mention(self, step: int) -> None:
        entity = self._marked_entity
        if entity is None or not entity.spans or self._layout is None:
            return
        self._current_mention = (self._current_mention + step) % len(entity.spans)
        self._restyle()
        start, _ = entity.spans[self._current_mention]
        line = len(self._header) + self._layout.line_of_offset(start)
        if not (self.scroll_y <= line < self.scroll_y + self.scrollable_content_region.height):
            self.scroll_to(y=max(line - self.scrollable_content_region.height // 3, 0), animate=False)
        self._update_status()

    def action_clear_mentions(self) -> None:
        if self._marked_entity is not None:
            self._marked_entity = None
            self._current_mention = -1
            self._restyle()
            self._update_status()

    # -- layout ---------------------------------------------------------------

    def on_resize(self) -> None:
        if self._layout is None or self._layout.width != self._text_width():
            self._rebuild(keep_position=True)

    def _text_width(self) -> int:
        # Reserve the scrollbar's column whether or not it shows yet, so a long
        # article does not wrap once, grow a scrollbar, and lose its last column.
        available = self.content_region.width - self.styles.scrollbar_size_vertical
        return max(min(available, MEASURE), 10)

    def _rebuild(self, keep_position: bool = False) -> None:
        top_offset = self._offset_at_top() if keep_position else None
        width = self._text_width()
        self._cache.clear()
        document = self.document
        if document is None:
            self._header = [Text(self.placeholder, style=self._style("reader--placeholder"))]
            self._layout = None
        else:
            self._header = self._header_lines(document, width)
            self._layout = layout_body(document.analysis.paragraphs, width)
        self._restyle()
        self.virtual_size = Size(width, self.line_count)
        if top_offset is not None and self._layout is not None:
            self.scroll_to(y=len(self._header) + self._layout.line_of_offset(top_offset), animate=False)
        self._update_status()

    def _restyle(self) -> None:
        spans: list[tuple[int, int, str]] = []
        if self.document is not None:
            for quote in self.document.analysis.quotes:
                if quote.kind == "speech":
                    spans.append((quote.start, quote.end, "reader--quote"))
        entity = self._marked_entity
        if entity is not None:
            for index, (start, end) in enumerate(entity.spans):
                current = index == self._current_mention
                spans.append((start, end, "reader--mention-current" if current else "reader--mention"))
        self._spans = spans
        self._cache.clear()
        self.refresh()

    def _header_lines(self, document: ReaderDocument, width: int) -> list[Text]:
        title = document.analysis.title or document.meta.title
        title_style = self._style("reader--title")
        lines = [Text(title[s:e], style=title_style) for s, e in wrap_offsets(title, width)]
        details = [part for part in (document.meta.source, pretty_date(document.meta.date), document.meta.author) if part]
        if details:
            meta_text = " · ".join(details)
            meta_style = self._style("reader--meta")
            lines.extend(Text(meta_text[s:e], style=meta_style) for s, e in wrap_offsets(meta_text, width))
        lines.append(Text(""))
        return lines

    @property
    def line_count(self) -> int:
        body = len(self._layout.lines) if self._layout else 0
        return len(self._header) + body

    def _offset_at_top(self) -> int | None:
        if self._layout is None:
            return None
        index = int(self.scroll_y) - len(self._header)
        if index < 0 or index >= len(self._layout.lines):
            return None
        return self._layout.starts[index]

    def _update_status(self) -> None:
        entity = self._marked_entity
        if entity is None or self._current_mention < 0:
            self.border_subtitle = ""
        else:
            self.border_subtitle = Text(  # type: ignore[assignment]
                f"{entity.name}: mention {self._current_mention + 1} of {entity.mentions}"
            )

    # -- painting -------------------------------------------------------------

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        strip = self._cache.get(index)
        if strip is None:
            strip = self._build_line(index)
            self._cache[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)

    def _build_line(self, index: int) -> Strip:
        if index < len(self._header):
            return self._strip(self._header[index])
        if self._layout is None or self.document is None:
            return Strip([])
        body_index = index - len(self._header)
        if body_index >= len(self._layout.lines):
            return Strip([])
        start, end = self._layout.lines[body_index]
        if (start, end) == BLANK:
            return Strip([])
        body = self.document.analysis.body
        text = Text(body[start:end])
        for span_start, span_end, component in self._spans:
            if span_start < end and span_end > start:
                text.stylize(
                    self._style(component),
                    max(span_start, start) - start,
                    min(span_end, end) - start,
                )
        return self._strip(text)

    def _strip(self, text: Text) -> Strip:
        text.no_wrap = True
        text.end = ""
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(self.rich_style) if segments else Strip([Segment("")])

