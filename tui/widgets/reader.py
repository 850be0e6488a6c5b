"""The reader pane: an article's title block and wrapped body, painted line by line.

A ScrollView with ``render_line`` (the Line API, as Textual's Log does): only the
visible lines are built, and every visual line maps back to body offsets, so
quotes, entity mentions, highlights, the sentence cursor and the selection are
all styled spans over the same text, never markup.

The reader owns where the cursor and selection are; anything that changes
stored data (highlighting, notes, copying) is posted up as a message.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from store.annotations import Annotation
from store.dates import readable_date
from store.model import Analysis, ArticleMeta, Entity
from store.reading import Units, next_word_end, previous_word_end, text_units

from ..reader_layout import BLANK, BodyLayout, layout_body, wrap_offsets

MEASURE = 84  # the widest a line of prose gets, in cells, however wide the pane
GUTTER = 2  # cells left of the text for note markers
PREFIX_TIMEOUT = 1.0  # seconds "[" or "]" waits for q/e before meaning "article"
_PREFIX_KEYS = {"right_square_bracket": 1, "left_square_bracket": -1}


@dataclass(frozen=True)
class ReaderDocument:
    meta: ArticleMeta
    analysis: Analysis


@dataclass(frozen=True)
class PlacedHighlight:
    """A stored highlight and where it sits in the body shown now."""

    annotation: Annotation
    start: int
    end: int


@dataclass(frozen=True)
class Target:
    """What an action applies to: the selection, else the quote, else the sentence."""

    start: int
    end: int
    text: str
    speaker: str | None


class Reader(ScrollView, can_focus=True):
    """Shows one article with a sentence cursor, a selection, highlights and marks."""

    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--quote",
        "reader--mention",
        "reader--mention-current",
        "reader--placeholder",
        "reader--cursor",
        "reader--selection",
        "reader--highlight-1",
        "reader--highlight-2",
        "reader--highlight-3",
        "reader--highlight-4",
        "reader--highlight-overlap",
        "reader--note-marker",
    }

    BINDINGS = [
        Binding("j", "sentence(1)", "Next sentence", show=False, id="reader.next_sentence"),
        Binding("k", "sentence(-1)", "Prev sentence", show=False, id="reader.previous_sentence"),
        Binding("right_curly_bracket", "paragraph(1)", "Next paragraph", show=False, id="reader.next_paragraph"),
        Binding("left_curly_bracket", "paragraph(-1)", "Prev paragraph", show=False, id="reader.previous_paragraph"),
        Binding("down", "scroll_lines(1)", "Scroll down", show=False, id="reader.down"),
        Binding("up", "scroll_lines(-1)", "Scroll up", show=False, id="reader.up"),
        Binding("space,pagedown", "scroll_page(1)", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "scroll_page(-1)", "Page up", show=False, id="reader.page_up"),
        Binding("g,home", "edge(0)", "Top", show=False, id="reader.top"),
        Binding("G,end", "edge(1)", "Bottom", show=False, id="reader.bottom"),
        Binding("right_square_bracket", "prefix(1)", "Next: q quote, e name, ] article", show=False, id="reader.next"),
        Binding("left_square_bracket", "prefix(-1)", "Prev: q quote, e name, [ article", show=False, id="reader.previous"),
        Binding("v", "select", "Select", id="reader.select"),
        Binding("w", "grow_word(1)", "Select a word more", show=False, id="reader.select_word_more"),
        Binding("b", "grow_word(-1)", "Select a word less", show=False, id="reader.select_word_less"),
        Binding("h", "highlight", "Highlight", id="reader.highlight"),
        Binding("1", "colour(1)", "Colour 1", show=False, id="reader.colour_1"),
        Binding("2", "colour(2)", "Colour 2", show=False, id="reader.colour_2"),
        Binding("3", "colour(3)", "Colour 3", show=False, id="reader.colour_3"),
        Binding("4", "colour(4)", "Colour 4", show=False, id="reader.colour_4"),
        Binding("x", "remove_highlight", "Remove highlight", show=False, id="reader.remove_highlight"),
        Binding("u", "undo", "Undo", show=False, id="reader.undo"),
        Binding("a", "annotate", "Note", id="reader.note"),
        Binding("e", "edit_note", "Edit note", show=False, id="reader.edit_note"),
        Binding("y", "copy(False)", "Copy", id="reader.copy"),
        Binding("Y", "copy(True)", "Copy citation", show=False, id="reader.copy_citation"),
        Binding("escape", "escape", "Back", show=False, id="reader.escape"),
    ]

    # -- messages up ----------------------------------------------------------

    class StepArticle(Message):
        """The reader asks for the previous (-1) or next (+1) article in the list."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    class HighlightRequested(Message):
        def __init__(self, target: Target, colour: int) -> None:
            super().__init__()
            self.target = target
            self.colour = colour

    class RecolourRequested(Message):
        def __init__(self, annotation: Annotation, colour: int) -> None:
            super().__init__()
            self.annotation = annotation
            self.colour = colour

    class RemoveRequested(Message):
        def __init__(self, annotation: Annotation) -> None:
            super().__init__()
            self.annotation = annotation

    class NoteRequested(Message):
        """Open the note editor on ``annotation``, or on the article when None."""

        def __init__(self, annotation: Annotation | None) -> None:
            super().__init__()
            self.annotation = annotation

    class CopyRequested(Message):
        def __init__(self, target: Target, citation: bool) -> None:
            super().__init__()
            self.target = target
            self.citation = citation

    class UndoRequested(Message):
        """Undo the last highlight or note change."""

    class LeaveRequested(Message):
        """Escape with nothing left to cancel: the user wants the list back."""

    # -- state ----------------------------------------------------------------

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.document: ReaderDocument | None = None
        self.placeholder = "Choose an article from the list."
        self.units = Units((), ())
        self.cursor = -1  # index into units.sentences
        self.selection: tuple[int, int] | None = None
        self._select_from: tuple[int, int] | None = None  # the sentence where "v" was pressed
        self.highlights: list[PlacedHighlight] = []
        self.article_notes = 0
        self._header: list[Text] = []
        self._layout: BodyLayout | None = None
        self._marked_entity: Entity | None = None
        self._current_mention = -1
        self._pending_prefix = 0
        self._prefix_timer = None
        self._cache: dict[int, Strip] = {}
        self._painting: list[tuple[int, int, Style]] = []

    # -- data in --------------------------------------------------------------

    def show_document(self, document: ReaderDocument, highlights: list[PlacedHighlight] | None = None) -> None:
        self.document = document
        self.units = text_units(document.analysis.paragraphs)
        self.cursor = 0 if self.units.sentences else -1
        self.selection = self._select_from = None
        self.highlights = list(highlights or [])
        self._marked_entity = None
        self._current_mention = -1
        self._rebuild()
        self.scroll_to(0, 0, animate=False)
        self.refresh_bindings()

    def show_placeholder(self, message: str) -> None:
        self.document = None
        self.placeholder = message
        self.units = Units((), ())
        self.cursor = -1
        self.selection = None
        self.highlights = []
        self.article_notes = 0
        self._rebuild()

    def set_highlights(self, highlights: list[PlacedHighlight], article_notes: int = 0) -> None:
        # Highlights only paint over the wrapped lines: repaint them, never wrap the article again.
        self.highlights = list(highlights)
        self.article_notes = article_notes
        self._restyle()

    def mark_entity(self, entity: Entity) -> None:
        """Mark every mention of ``entity`` and go to the first one."""
        self._marked_entity = entity
        self._current_mention = -1
        self._restyle()
        self.action_next_mention(1)
        self.screen.refresh_bindings()

    def go_to_offset(self, offset: int) -> None:
        """Put the cursor on the sentence holding ``offset`` and bring it into view."""
        if self.units.sentences:
            self._move_cursor(self.units.sentence_at(offset))

    @property
    def marked_entity(self) -> Entity | None:
        return self._marked_entity

    @property
    def current_mention(self) -> int:
        """Index of the mention last jumped to, or -1."""
        return self._current_mention

    # -- what actions apply to ------------------------------------------------

    def target(self) -> Target | None:
        """The selection if any, else the quote under the cursor, else its sentence."""
        if self.document is None:
            return None
        body = self.document.analysis.body
        if self.selection is not None:
            start, end = self.selection
            return Target(start, end, body[start:end], self._speaker_of(start, end))
        if self.cursor < 0:
            return None
        start, end = self.units.sentences[self.cursor]
        for quote in self.document.analysis.quotes:
            if quote.start < end and quote.end > start and quote.end > quote.start:
                return Target(quote.start, quote.end, quote.text, quote.speaker if quote.kind == "speech" else None)
        return Target(start, end, body[start:end], self._speaker_of(start, end))

    def highlight_under_cursor(self) -> PlacedHighlight | None:
        span = self.selection or (self.units.sentences[self.cursor] if self.cursor >= 0 else None)
        if span is None:
            return None
        start, end = span
        under = [h for h in self.highlights if h.start < end and h.end > start]
        # The most specific (shortest) highlight wins when they overlap.
        return min(under, key=lambda h: h.end - h.start, default=None)

    def _speaker_of(self, start: int, end: int) -> str | None:
        """The speaker when [start, end) lies inside one attributed quote."""
        for quote in self.document.analysis.quotes if self.document else ():
            if quote.kind == "speech" and quote.speaker and quote.start <= start and end <= quote.end:
                return quote.speaker
        return None

    # -- actions: moving ------------------------------------------------------

    def action_sentence(self, step: int) -> None:
        if not self.units.sentences:
            self.action_scroll_lines(step)
            return
        if not self._cursor_visible():
            self._move_cursor(self._first_visible_sentence())
            return
        self._move_cursor(self.cursor + step)

    def action_paragraph(self, step: int) -> None:
        if not self.units.sentences:
            return
        paragraph = self.units.paragraph_of(self.cursor) + step
        paragraph = max(0, min(paragraph, len(self.units.paragraphs) - 1))
        self._move_cursor(self.units.first_sentence_of(paragraph))

    def action_scroll_lines(self, step: int) -> None:
        self.scroll_to(y=self.scroll_y + step, animate=False)
        self._keep_cursor_in_view()

    def action_scroll_page(self, step: int) -> None:
        height = max(self.scrollable_content_region.height - 1, 1)
        self.scroll_to(y=self.scroll_y + step * height, animate=False)
        self._keep_cursor_in_view()

    def action_edge(self, end: int) -> None:
        if self.units.sentences:
            self._move_cursor(len(self.units.sentences) - 1 if end else 0)
        if end:
            self.scroll_end(animate=False)
        else:
            self.scroll_home(animate=False)

    def action_prefix(self, direction: int) -> None:
        self._pending_prefix = direction
        if self._prefix_timer is not None:
            self._prefix_timer.stop()
        self._prefix_timer = self.set_timer(PREFIX_TIMEOUT, self._prefix_expired)

    def _prefix_expired(self) -> None:
        direction, self._pending_prefix = self._pending_prefix, 0
        if direction:
            self.post_message(self.StepArticle(direction))

    def on_key(self, event: events.Key) -> None:
        # "[" and "]" are taken here rather than by their bindings: a binding runs
        # only after the key has bubbled up to the app, by which time a quickly
        # typed "q" would already have gone on to quit.
        if not self._pending_prefix and event.key in _PREFIX_KEYS:
            event.stop()
            event.prevent_default()
            self.action_prefix(_PREFIX_KEYS[event.key])
            return
        if not self._pending_prefix:
            return
        direction, self._pending_prefix = self._pending_prefix, 0
        if self._prefix_timer is not None:
            self._prefix_timer.stop()
        if event.key not in ("q", "e", *_PREFIX_KEYS):
            return  # not a jump: drop the prefix and let the key do its own work
        event.stop()
        event.prevent_default()
        if event.key == "q":
            self._jump([(q.start, q.end) for q in self._quotes()], direction)
        elif event.key == "e":
            mentions = sorted(span for entity in self.document.analysis.entities for span in entity.spans) if self.document else []
            self._jump(mentions, direction)
        else:
            self.post_message(self.StepArticle(direction))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the keys that need an open article while none is open."""
        if self.document is None and action not in ("scroll_lines", "scroll_page", "edge", "prefix", "escape"):
            return None
        return True

    def _quotes(self):
        return [q for q in self.document.analysis.quotes if q.kind == "speech"] if self.document else []

    def _jump(self, spans: list[tuple[int, int]], direction: int) -> None:
        if not spans or not self.units.sentences:
            self.notify("Nothing to jump to.", timeout=2)
            return
        here_start, here_end = self.units.sentences[self.cursor]
        if direction > 0:
            ahead = [s for s in spans if s[0] >= here_end]
        else:
            ahead = [s for s in reversed(spans) if s[0] < here_start]
        if not ahead:
            self.notify("No more that way.", timeout=2)
            return
        self._move_cursor(self.units.sentence_at(ahead[0][0]))

    def _move_cursor(self, index: int) -> None:
        if not self.units.sentences:
            return
        self.cursor = max(0, min(index, len(self.units.sentences) - 1))
        if self._select_from is not None:
            here = self.units.sentences[self.cursor]
            self.selection = (min(self._select_from[0], here[0]), max(self._select_from[1], here[1]))
        self._scroll_to_cursor()
        self._restyle()

    # -- actions: selecting ---------------------------------------------------

    def action_select(self) -> None:
        if self.cursor < 0:
            return
        if self._select_from is not None:
            self._select_from = None  # "v" again keeps the selection but stops extending it
            return
        self._select_from = self.units.sentences[self.cursor]
        self.selection = self._select_from
        self._restyle()

    def action_grow_word(self, step: int) -> None:
        if self.document is None or self.selection is None:
            return
        body = self.document.analysis.body
        start, end = self.selection
        end = next_word_end(body, end) if step > 0 else previous_word_end(body, end, start)
        self.selection = (start, max(end, start + 1))
        self._restyle()

    def clear_selection(self) -> bool:
        if self.selection is None and self._select_from is None:
            return False
        self.selection = self._select_from = None
        self.screen.clear_selection()
        self._restyle()
        return True

    def action_escape(self) -> None:
        if self.clear_selection():
            return
        if self._marked_entity is not None:
            self.action_clear_mentions()
            return
        self.post_message(self.LeaveRequested())

    # -- actions: keeping -----------------------------------------------------

    def action_highlight(self) -> None:
        self._highlight(1)

    def action_colour(self, colour: int) -> None:
        existing = self.highlight_under_cursor() if self.selection is None else None
        if existing is not None:
            self.post_message(self.RecolourRequested(existing.annotation, colour))
        else:
            self._highlight(colour)

    def _highlight(self, colour: int) -> None:
        target = self.target()
        if target is None:
            return
        self.post_message(self.HighlightRequested(target, colour))
        self.selection = self._select_from = None
        self._restyle()

    def action_remove_highlight(self) -> None:
        existing = self.highlight_under_cursor()
        if existing is None:
            self.notify("No highlight here.", timeout=2)
            return
        self.post_message(self.RemoveRequested(existing.annotation))

    def action_undo(self) -> None:
        self.post_message(self.UndoRequested())

    def action_annotate(self) -> None:
        if self.document is None:
            return
        existing = self.highlight_under_cursor()
        self.post_message(self.NoteRequested(existing.annotation if existing else None))

    def action_edit_note(self) -> None:
        existing = self.highlight_under_cursor()
        if existing is None or not existing.annotation.note:
            self.notify("No note here: press a to write one.", timeout=3)
            return
        self.post_message(self.NoteRequested(existing.annotation))

    def action_copy(self, citation: bool) -> None:
        target = self.target()
        if target is not None:
            self.post_message(self.CopyRequested(target, citation))

    # -- entity mentions ------------------------------------------------------

    def action_next_mention(self, step: int) -> None:
        entity = self._marked_entity
        if entity is None or not entity.spans or self._layout is None:
            return
        self._current_mention = (self._current_mention + step) % len(entity.spans)
        start, _ = entity.spans[self._current_mention]
        self.cursor = self.units.sentence_at(start) if self.units.sentences else -1
        self._restyle()
        self._scroll_to_line(len(self._header) + self._layout.line_of_offset(start))
        self._update_status()

    def action_clear_mentions(self) -> None:
        if self._marked_entity is not None:
            self._marked_entity = None
            self._current_mention = -1
            self._restyle()
            self._update_status()
            self.screen.refresh_bindings()

    # -- scrolling helpers ----------------------------------------------------

    def _visible_lines(self) -> range:
        top = int(self.scroll_y)
        return range(top, top + self.scrollable_content_region.height)

    def _line_of(self, offset: int) -> int:
        assert self._layout is not None
        return len(self._header) + self._layout.line_of_offset(offset)

    def _cursor_visible(self) -> bool:
        if self.cursor < 0 or self._layout is None:
            return True
        start, end = self.units.sentences[self.cursor]
        visible = self._visible_lines()
        return self._line_of(start) in visible or self._line_of(end - 1) in visible

    def _first_visible_sentence(self) -> int:
        top = max(int(self.scroll_y) - len(self._header), 0)
        if self._layout is None or top >= len(self._layout.lines):
            return self.cursor
        index = self.units.sentence_at(self._layout.starts[top])
        if self._line_of(self.units.sentences[index][0]) < int(self.scroll_y) and index + 1 < len(self.units.sentences):
            index += 1
        return index

    def _keep_cursor_in_view(self) -> None:
        if self.cursor >= 0 and not self._cursor_visible():
            self.cursor = self._first_visible_sentence()
            if self._select_from is not None:
                self._move_cursor(self.cursor)
            self._restyle()

    def _scroll_to_cursor(self) -> None:
        if self._layout is None or self.cursor < 0:
            return
        start, end = self.units.sentences[self.cursor]
        first, last = self._line_of(start), self._line_of(max(end - 1, start))
        if self.cursor == 0:
            first = 0  # show the title block with the first sentence
        height = self.scrollable_content_region.height
        self.scroll_to_region(Region(0, first, 1, min(last - first + 1, height)), animate=False, force=True)

    def _scroll_to_line(self, line: int) -> None:
        if line not in self._visible_lines():
            self.scroll_to(y=max(line - self.scrollable_content_region.height // 3, 0), animate=False)

    # -- layout ---------------------------------------------------------------

    def on_resize(self) -> None:
        if self._layout is None or self._layout.width != self._text_width():
            self._rebuild(keep_position=True)

    def _text_width(self) -> int:
        # Reserve the scrollbar's column whether or not it shows yet, so a long
        # article does not wrap once, grow a scrollbar, and lose its last column.
        available = self.content_region.width - self.styles.scrollbar_size_vertical - GUTTER
        return max(min(available, MEASURE), 10)

    def _rebuild(self, keep_position: bool = False) -> None:
        top_offset = self._offset_at_top() if keep_position else None
        width = self._text_width()
        document = self.document
        if document is None:
            self._header = [Text(self.placeholder, style=self._style("reader--placeholder"))]
            self._layout = None
        else:
            self._header = self._header_lines(document, width)
            self._layout = layout_body(document.analysis.paragraphs, width)
        self._restyle()
        self.virtual_size = Size(width + GUTTER, self.line_count)
        if top_offset is not None and self._layout is not None:
            self.scroll_to(y=len(self._header) + self._layout.line_of_offset(top_offset), animate=False)
        self._update_status()

    def _header_lines(self, document: ReaderDocument, width: int) -> list[Text]:
        title = document.analysis.title or document.meta.title
        title_style = self._style("reader--title")
        lines = [Text(title[s:e], style=title_style) for s, e in wrap_offsets(title, width)]
        details = [part for part in (document.meta.source, readable_date(document.meta.date), document.meta.author) if part]
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

    def _restyle(self) -> None:
        self._cache.clear()
        self.refresh()

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def _spans(self) -> list[tuple[int, int, Style]]:
        """Every styled span, in painting order: later ones paint over earlier ones."""
        spans: list[tuple[int, int, Style]] = []
        document = self.document
        if document is None:
            return spans
        quote_style = self._style("reader--quote")
        spans.extend((q.start, q.end, quote_style) for q in document.analysis.quotes if q.kind == "speech")
        ordered = sorted(self.highlights, key=lambda h: (-(h.end - h.start), h.start))
        for highlight in ordered:
            spans.append((highlight.start, highlight.end, self._style(f"reader--highlight-{highlight.annotation.colour}")))
        overlap = self._style("reader--highlight-overlap")
        for i, first in enumerate(ordered):
            for other in ordered[i + 1 :]:
                if other.start < first.end and other.end > first.start:
                    spans.append((max(first.start, other.start), min(first.end, other.end), overlap))
        if self.cursor >= 0 and self.selection is None:
            start, end = self.units.sentences[self.cursor]
            spans.append((start, end, self._style("reader--cursor")))
        # Entity marks paint over the cursor: the mention jumped to must stay legible.
        entity = self._marked_entity
        if entity is not None:
            mark, current = self._style("reader--mention"), self._style("reader--mention-current")
            for index, (start, end) in enumerate(entity.spans):
                spans.append((start, end, current if index == self._current_mention else mark))
        if self.selection is not None:
            spans.append((*self.selection, self._style("reader--selection")))
        return spans

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
        if not self._cache:
            self._painting = self._spans()
        if index < len(self._header):
            marker = "✎" if index == 0 and self.article_notes else ""
            return self._strip(self._header[index], marker, None)
        if self._layout is None or self.document is None:
            return Strip([])
        body_index = index - len(self._header)
        if body_index >= len(self._layout.lines):
            return Strip([])
        start, end = self._layout.lines[body_index]
        if (start, end) == BLANK:
            return Strip([])
        text = Text(self.document.analysis.body[start:end])
        for span_start, span_end, style in self._painting:
            if span_start < end and span_end > start:
                text.stylize(style, max(span_start, start) - start, min(span_end, end) - start)
        noted = any(h.annotation.note and start <= h.start < end for h in self.highlights)
        return self._strip(text, "✎" if noted else "", index)

    def _strip(self, text: Text, marker: str, line_index: int | None) -> Strip:
        text.no_wrap = True
        text.end = ""
        gutter = Strip([Segment(f"{marker:<{GUTTER}}", self._style("reader--note-marker"))])
        segments = list(text.render(self.app.console)) or [Segment("")]
        body = Strip(segments)
        if line_index is not None:
            body = body.apply_offsets(0, line_index)
        return Strip.join([gutter, body]).apply_style(self.rich_style)

    # -- mouse selection ------------------------------------------------------

    def selection_updated(self, selection: Selection | None) -> None:
        if selection is None or self._layout is None:
            return
        start = self._offset_at(selection.start, at_end=False)
        end = self._offset_at(selection.end, at_end=True)
        if start is not None and end is not None and end > start:
            self._select_from = None
            self.selection = (start, end)
            self.cursor = self.units.sentence_at(start)
            self._restyle()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        if self.selection is None or self.document is None:
            return None
        start, end = self.selection
        return self.document.analysis.body[start:end], "\n"

    def _offset_at(self, point: Offset | None, at_end: bool) -> int | None:
        assert self._layout is not None and self.document is not None
        body = self.document.analysis.body
        if point is None:
            return len(body) if at_end else 0
        line = point.y - len(self._header)
        if line < 0:
            return 0
        if line >= len(self._layout.lines):
            return len(body)
        start, end = self._layout.lines[line]
        if (start, end) == BLANK:
            return self._layout.starts[line]
        cells = 0
        for position in range(start, end):
            if cells >= point.x:
                return position
            cells += Text(body[position]).cell_len
        return end
