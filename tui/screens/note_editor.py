"""The note editor: a TextArea in a modal, saved with Ctrl+S.

Esc closes at once when nothing changed and asks first when it did. The passage
being annotated is shown above the editor as plain text.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea


class NoteEditor(ModalScreen[str | None]):
    """Returns the note's new text, or None if the user backed out."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save", priority=True),
        Binding("escape", "close", "Close", id="note.close"),
    ]

    def __init__(self, heading: str, passage: str, note: str) -> None:
        super().__init__()
        self.heading = heading
        self.passage = passage
        self.original = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog") as dialog:
            dialog.border_title = Content(self.heading)  # may hold an article title: never markup
            dialog.border_subtitle = "Ctrl+S save · Esc close · #words are tags"
            if self.passage:
                yield Static(Text(self.passage), id="note-passage")
            yield TextArea(self.original, id="note-text", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def changed(self) -> bool:
        return self.query_one(TextArea).text != self.original

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_close(self) -> None:
        if not self.changed:
            self.dismiss(None)
            return

        def decided(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDiscard(), decided)


class ConfirmDiscard(ModalScreen[bool]):
    BINDINGS = [
        Binding("y,d", "answer(True)", "Discard", id="confirm.discard"),
        Binding("n,escape", "answer(False)", "Keep editing", id="confirm.keep"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Label("Discard the changes to this note?")
            with Horizontal():
                yield Button("Discard (y)", id="discard", variant="error")
                yield Button("Keep editing (n)", id="keep", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "discard")

    def action_answer(self, discard: bool) -> None:
        self.dismiss(discard)
