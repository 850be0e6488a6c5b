"""Every highlight and note in the library, filterable; Enter opens one in place.

Returns the chosen annotation to the caller, which opens its article at the spot.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList
from textual.widgets.option_list import Option

from store.annotations import Annotation
from store.errors import StoreError
from store.notes_filter import NotesFilter

from ..widgets.annotation_prompt import annotation_prompt
from ..widgets.keyed_list import KeyedOptionList

SHOWN = 500  # rows built at once; the filter narrows the rest


class NotesView(Screen[Annotation | None]):
    BINDINGS = [
        Binding("escape", "back", "Back", id="notes_view.back"),
        Binding("slash", "focus_filter", "Filter", id="notes_view.filter"),
    ]

    def __init__(self, load) -> None:
        """``load`` is called in a worker thread and returns every annotation."""
        super().__init__()
        self._load = load
        self.annotations: list[Annotation] = []
        self._by_id: dict[str, Annotation] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter: words  #tag  by:speaker  in:article  about:name", id="notes-filter")
        yield KeyedOptionList(id="notes-list", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#notes-list").border_title = "Highlights and notes"
        self.query_one("#notes-list", OptionList).add_option(Option(Content("Loading…"), disabled=True))
        self._fetch()

    @work(thread=True, exclusive=True)
    def _fetch(self) -> None:
        try:
            annotations = self._load()
        except (StoreError, OSError, ValueError, KeyError) as error:
            self.app.call_from_thread(self._failed, f"Could not read the notes: {error}")
            return
        self.app.call_from_thread(self._loaded, annotations)

    def _failed(self, message: str) -> None:
        options = self.query_one("#notes-list", OptionList)
        options.clear_options()
        options.add_option(Option(Content(message), disabled=True))

    def _loaded(self, annotations: list[Annotation]) -> None:
        self.annotations = sorted(annotations, key=lambda a: (-a.updated))
        self._show(self.query_one("#notes-filter", Input).value)
        self.query_one("#notes-list").focus()

    @on(Input.Changed, "#notes-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#notes-filter")
    def _submitted(self) -> None:
        self.query_one("#notes-list").focus()

    def _show(self, text: str) -> None:
        query = NotesFilter.parse(text)
        found = [a for a in self.annotations if query.matches(a)]
        listing = self.query_one("#notes-list", OptionList)
        listing.clear_options()
        self._by_id = {a.id: a for a in found[:SHOWN]}
        options: list[Option | None] = []
        for annotation in found[:SHOWN]:
            if options:
                options.append(None)  # a separator line between entries
            options.append(Option(annotation_prompt(annotation, with_article=True), id=annotation.id))
        if not options:
            message = "No highlights or notes yet." if not self.annotations else "Nothing matches the filter."
            options = [Option(Content(message), disabled=True)]
        listing.add_options(options)
        shown = f"{len(found)} of {len(self.annotations)}" if text.strip() else f"{len(self.annotations)}"
        if len(found) > SHOWN:
            shown += f" (first {SHOWN} shown)"
        listing.border_subtitle = shown
        if found:
            listing.highlighted = 0

    @on(OptionList.OptionSelected, "#notes-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        annotation = self._by_id.get(event.option_id or "")
        if annotation is not None:
            self.dismiss(annotation)

    def action_back(self) -> None:
        field = self.query_one("#notes-filter", Input)
        if field.has_focus and field.value:
            field.value = ""
            return
        self.dismiss(None)

    def action_focus_filter(self) -> None:
        self.query_one("#notes-filter", Input).focus()
