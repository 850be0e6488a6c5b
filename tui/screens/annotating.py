"""Highlights, notes, undo and copying for the open article.

MainScreen hands this controller the reader's requests; it turns them into
store writes and pushes the results back down to the reader and notes panel.
Writes run one at a time on a single background thread, in the order they were
asked for (so "h" then "u" can never be undone before it is saved), and the UI
says "saved" only once the write is on disk.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from filelock import Timeout

from store.anchor import TextAnchor
from store.atomic import write_atomic
from store.annotations import Annotation, new_annotation
from store.citation import blockquote, citation
from store.errors import StoreError
from store.library import Library
from store.model import Analysis, ArticleMeta
from store.notes_export import export_text

from ..clipboard import CopyResult, copy_to_system, osc52_refusal
from ..widgets.reader import PlacedHighlight, Target
from .note_editor import NoteEditor

if TYPE_CHECKING:
    from .main import MainScreen

T = TypeVar("T")
Placed = tuple[Annotation, tuple[int, int] | None]


class Annotating:
    def __init__(self, screen: MainScreen, library: Library) -> None:
        self.screen = screen
        self.library = library
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="byline-writer")
        self.meta: ArticleMeta | None = None
        self.analysis: Analysis | None = None
        self.placed: dict[str, Placed] = {}
        self.undo_stack: list[tuple[Annotation | None, Annotation | None]] = []
        self._explained_clipboard = False  # say once per session why the system clipboard is out

    # -- showing --------------------------------------------------------------

    def article_opened(self, meta: ArticleMeta, analysis: Analysis, placed: list[tuple[Annotation, tuple[int, int, str] | None]]) -> None:
        self.meta, self.analysis = meta, analysis
        self.placed = {a.id: (a, (p[0], p[1]) if p else None) for a, p in placed}
        self._push_down()

    def _push_down(self) -> None:
        highlights = [
            PlacedHighlight(annotation, where[0], where[1])
            for annotation, where in self.placed.values()
            if where is not None
        ]
        article_notes = sum(1 for a, _ in self.placed.values() if a.anchor is None)
        self.screen.reader.set_highlights(highlights, article_notes)
        self.screen.notes_panel.show_annotations(
            [(a, where[0] if where else -1) for a, where in self.placed.values()]
        )

    def position_of(self, annotation_id: str) -> int | None:
        placed = self.placed.get(annotation_id)
        return placed[1][0] if placed and placed[1] else None

    # -- changes --------------------------------------------------------------

    def highlight(self, target: Target, colour: int) -> None:
        if self.meta is None or self.analysis is None:
            return
        body = self.analysis.body
        anchor = TextAnchor.from_span(body, target.start, target.end)
        annotation = new_annotation(
            Library.article_ref(self.meta), self.meta.content_hash, anchor, colour=colour, speaker=target.speaker
        )
        self._change(None, annotation, f"Highlighted in colour {colour}.")

    def recolour(self, annotation: Annotation, colour: int) -> None:
        self._change(annotation, annotation.edited(colour=colour), f"Colour {colour}.")

    def remove(self, annotation: Annotation) -> None:
        self._change(annotation, None, "Highlight removed (u undoes).")

    def edit_note(self, annotation: Annotation | None) -> None:
        """Open the editor on ``annotation``'s note, or on the article's note."""
        if self.meta is None:
            return
        if annotation is None:
            annotation = next((a for a, _ in self.placed.values() if a.anchor is None), None)
            heading, passage = f"Note on “{self.meta.title}”", ""
        else:
            heading, passage = "Note on the highlight", annotation.text
        original = annotation.note if annotation else ""
        meta = self.meta

        def saved(text: str | None) -> None:
            if text is None or text == original:
                return
            if annotation is None:
                if text.strip():
                    fresh = new_annotation(Library.article_ref(meta), meta.content_hash, None, note=text)
                    self._change(None, fresh, "Note saved.")
            elif annotation.anchor is None and not text.strip():
                self._change(annotation, None, "Note deleted (u undoes).")
            else:
                self._change(annotation, annotation.edited(note=text), "Note saved.")

        self.screen.app.push_screen(NoteEditor(heading, passage, original), saved)

    def undo(self) -> None:
        if not self.undo_stack:
            self.screen.notify("Nothing to undo.", timeout=2)
            return
        before, after = self.undo_stack.pop()
        self._change(after, before, "Undone.", record=False)

    def _change(self, before: Annotation | None, after: Annotation | None, message: str, record: bool = True) -> None:
        notes = self.library.notes

        def job() -> None:
            if after is not None:
                notes.save(after)
            elif before is not None:
                notes.delete(before)

        def done(_: None) -> None:
            if record:
                self.undo_stack.append((before, after))
            self._apply_locally(before, after)
            self.screen.notify(message, timeout=2)

        self.write(job, done, "Not saved")

    def _apply_locally(self, before: Annotation | None, after: Annotation | None) -> None:
        current = after or before
        if current is None or self.meta is None or current.article.id != self.meta.id:
            return
        if after is None:
            self.placed.pop(current.id, None)
        else:
            where = (after.anchor.start, after.anchor.end) if after.anchor else None
            previous = self.placed.get(after.id)
            if previous is not None and after.anchor is not None:
                where = previous[1] or where
            self.placed[after.id] = (after, where)
        self._push_down()

    # -- the writer -----------------------------------------------------------

    def write(self, job: Callable[[], T], done: Callable[[T], None], failure: str) -> None:
        """Run ``job`` on the writer thread, then ``done`` on the event loop."""

        async def run() -> None:
            try:
                result = await asyncio.get_running_loop().run_in_executor(self.writer, job)
            except (StoreError, OSError, Timeout) as error:
                self.screen.notify(f"{failure}: {error}", severity="error", markup=False, timeout=8)
                return
            except Exception as error:  # a bug must cost one change, never the session
                self.screen.notify(
                    f"{failure}: internal error ({type(error).__name__}: {error})",
                    severity="error",
                    markup=False,
                    timeout=8,
                )
                return
            done(result)

        self.screen.run_worker(run(), group="writes")

    def close(self) -> None:
        self.writer.shutdown(wait=True)

    # -- copying --------------------------------------------------------------

    def copy(self, target: Target, as_citation: bool, markdown: bool = False) -> None:
        meta = self.meta
        if meta is None:
            return
        if markdown:
            text = blockquote(target.text, target.speaker, meta.source, meta.date, meta.title)
            what = "the quote as Markdown"
        elif as_citation:
            text = citation(target.text, target.speaker, meta.source, meta.date, meta.title)
            what = "the citation"
        else:
            text = target.text
            what = f"{len(text)} characters"
        refusal = osc52_refusal(text)
        if refusal is None:
            self.screen.app.copy_to_clipboard(text)

        async def run() -> None:
            system_error = await asyncio.get_running_loop().run_in_executor(None, copy_to_system, text)
            result = CopyResult(system_error is None, system_error, refusal is None, refusal)
            message = result.message(what, explain_system=not self._explained_clipboard)
            self._explained_clipboard = self._explained_clipboard or system_error is not None
            self.screen.notify(message, severity="information" if result.ok else "error", markup=False)

        self.screen.run_worker(run(), group="copy")

    # -- export ---------------------------------------------------------------

    def export(self, fmt: str, folder: Path | None = None) -> None:
        notes = self.library.notes
        folder = folder or Path.cwd()

        def job() -> tuple[Path, int]:
            annotations = notes.all()
            text = export_text(annotations, fmt)
            path = _free_name(folder / f"byline-notes-{time.strftime('%Y-%m-%d')}.{fmt}")
            write_atomic(path, text.encode("utf-8"))
            return path, len(annotations)

        def done(result: tuple[Path, int]) -> None:
            path, count = result
            self.screen.notify(f"Exported {count} highlights and notes to {path}", markup=False, timeout=8)

        self.write(job, done, "Export failed")


def _free_name(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate
