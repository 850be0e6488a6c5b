"""The open article's highlights and notes, under the entities in the sidebar."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.annotations import Annotation

from .annotation_prompt import annotation_prompt
from .keyed_list import KeyedOptionList


class NotesPanel(KeyedOptionList):
    """Lists annotations in reading order; Enter asks to go to one."""

    BINDINGS = [
        Binding("enter", "select", "Go to", id="notes_panel.go"),
    ]

    class Chosen(Message):
        def __init__(self, annotation: Annotation) -> None:
            super().__init__()
            self.annotation = annotation

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._annotations: dict[str, Annotation] = {}

    def show_annotations(self, annotations: list[tuple[Annotation, int]]) -> None:
        """``annotations`` with their current start offsets (-1: article note or orphan)."""
        self.clear_options()
        self._annotations = {}
        ordered = sorted(annotations, key=lambda pair: pair[1])
        options = []
        for annotation, _ in ordered:
            self._annotations[annotation.id] = annotation
            options.append(Option(annotation_prompt(annotation, with_article=False), id=annotation.id))
        if not options:
            options.append(Option(Content("No highlights yet: h highlights, a adds a note."), disabled=True))
        self.add_options(options)
        self.border_subtitle = str(len(self._annotations)) if self._annotations else ""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        annotation = self._annotations.get(event.option_id or "")
        if annotation is not None:
            self.post_message(self.Chosen(annotation))
