"""The Textual application: theme, global keys, palette, and the main screen."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from store.library import Library

from .commands import BylineCommands
from .screens.help import HelpScreen
from .screens.main import MainScreen


class BylineApp(App[None]):
    CSS_PATH = "byline.tcss"
    TITLE = "byline"
    COMMANDS = App.COMMANDS | {BylineCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]

    def __init__(self, library: Library, session_paths: list[str] | None = None) -> None:
        super().__init__()
        self.library = library
        self.session_paths = session_paths
        if session_paths is not None:
            self.sub_title = "files given on the command line"
        else:
            self.sub_title = str(library.paths.root)

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.library, self.session_paths)

    async def action_quit(self) -> None:
        """Quit, unless a note with unsaved changes is open: then ask about it first."""
        from .screens.note_editor import NoteEditor

        editor = next((s for s in self.screen_stack if isinstance(s, NoteEditor)), None)
        if editor is not None and editor.changed:
            self.notify("Save the note (Ctrl+S) or close it (Esc) before quitting.", severity="warning")
            return
        await super().action_quit()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def on_unmount(self) -> None:
        self.library.close()
