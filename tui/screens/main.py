"""The main screen: article list, reader and entity sidebar, and the work between them.

Panes post messages up; this screen routes them, runs store calls in thread
workers (the store does disk I/O and analysis), and pushes results down.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input
from textual.worker import get_current_worker

from store.annotations import Annotation
from store.errors import StoreError
from store.library import Library
from store.model import Analysis, ArticleMeta, Entity, ImportReport
from store.search import SearchQuery

from ..widgets.article_list import ArticleList
from ..widgets.entity_sidebar import EntitySidebar
from ..widgets.notes_panel import NotesPanel
from ..widgets.reader import Reader, ReaderDocument
from .annotating import Annotating
from .notes_view import NotesView

NARROW = 100  # below this many columns the sidebar starts hidden


class LibraryLoaded(Message):
    def __init__(self, articles: list[ArticleMeta], report: ImportReport | None) -> None:
        super().__init__()
        self.articles = articles
        self.report = report


class LibraryFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class ArticleLoaded(Message):
    def __init__(self, meta: ArticleMeta, analysis: Analysis, placed: list) -> None:
        super().__init__()
        self.meta = meta
        self.analysis = analysis
        self.placed = placed


class ArticleFailed(Message):
    def __init__(self, meta: ArticleMeta, error: str) -> None:
        super().__init__()
        self.meta = meta
        self.error = error


class FilterApplied(Message):
    def __init__(self, query: str, ids: list[str]) -> None:
        super().__init__()
        self.query = query
        self.ids = ids


class Progress(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class MainScreen(Screen):
    """Routes pane messages, owns the workers that talk to the library."""

    BINDINGS = [
        Binding("slash", "filter", "Filter", id="main.filter"),
        Binding("n", "mention(1)", "Next mention", id="main.next_mention"),
        Binding("N", "mention(-1)", "Prev mention", id="main.previous_mention"),
        Binding("s", "toggle_sidebar", "Sidebar", id="main.toggle_sidebar"),
        Binding("H", "notes_view", "All notes", id="main.notes_view"),
    ]

    def __init__(self, library: Library, session_paths: list[str] | None = None) -> None:
        super().__init__()
        self.library = library
        self.session_paths = session_paths
        self.all_articles: list[ArticleMeta] = []
        self.open_article: ArticleMeta | None = None
        self._sidebar_choice: bool | None = None
        self._query = ""
        self._go_to_annotation: str | None = None
        self.annotating = Annotating(self, library)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield ArticleList(id="articles")
                yield Input(placeholder="Filter: words in title or text", id="filter")
            yield Reader(id="reader")
            with Vertical(id="sidebar"):
                yield EntitySidebar(id="entities")
                yield NotesPanel(id="notes")
        yield Footer()

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def sidebar(self) -> EntitySidebar:
        return self.query_one(EntitySidebar)

    @property
    def notes_panel(self) -> NotesPanel:
        return self.query_one(NotesPanel)

    def on_mount(self) -> None:
        self.query_one("#list-pane").border_title = "Articles"
        self.reader.border_title = "Reader"
        self.sidebar.border_title = "Entities"
        self.notes_panel.border_title = "Notes"
        self.notes_panel.show_annotations([])
        self.sidebar.show_message("Open an article to see who it names.")
        self.article_list.focus()
        self._load_library()

    # -- loading --------------------------------------------------------------

    @work(thread=True, exclusive=True, group="library")
    def _load_library(self) -> None:
        library = self.library
        try:
            created = library.open()
            report = None
            if self.session_paths is not None:
                report = library.open_session(self.session_paths, self._progress("Reading"))
                articles = library.session_articles()
            else:
                if created:
                    self.post_message(Progress("Adding the sample articles…"))
                    library.seed_samples()
                articles = library.articles()
        except StoreError as error:
            self.post_message(LibraryFailed(str(error)))
            return
        except OSError as error:
            self.post_message(LibraryFailed(f"{error.filename or library.paths.root}: {error.strerror or error}"))
            return
        self.post_message(LibraryLoaded(articles, report))

    def _progress(self, verb: str):
        def report(done: int, total: int) -> None:
            if total > 20 and (done == total or done % 10 == 0):
                self.post_message(Progress(f"{verb} {done}/{total} files…"))

        return report

    def on_progress(self, message: Progress) -> None:
        self.article_list.empty_message = message.text
        self.article_list.refresh()

    def on_library_failed(self, message: LibraryFailed) -> None:
        self.app.exit(return_code=1, message=message.error)

    def on_library_loaded(self, message: LibraryLoaded) -> None:
        self.all_articles = message.articles
        for path, reason in (message.report.refused if message.report else []):
            self.notify(f"{path}: {reason}", title="Not opened", severity="warning", markup=False, timeout=8)
        self.article_list.empty_message = "No articles." if not self._query else "No article matches."
        self._show_articles(message.articles)
        if message.articles:
            self.reader.show_placeholder("Press Enter to read the highlighted article.")
        elif self.session_paths is not None:
            self.reader.show_placeholder("None of the given files could be opened.")

    def _show_articles(self, articles: list[ArticleMeta]) -> None:
        keep = self.article_list.highlighted.id if self.article_list.highlighted else None
        self.article_list.set_articles(articles, keep_id=keep)
        pane = self.query_one("#list-pane")
        total = len(self.all_articles)
        pane.border_subtitle = f"{len(articles)} of {total}" if self._query else f"{total}"

    # -- opening an article ---------------------------------------------------

    @on(ArticleList.Chosen)
    def _article_chosen(self, message: ArticleList.Chosen) -> None:
        self.open_meta(message.meta)
        self.reader.focus()

    def open_meta(self, meta: ArticleMeta) -> None:
        self.open_article = meta
        self.reader.show_placeholder("Loading…")
        self.sidebar.show_message("Analysing…")
        self._load_article(meta)

    def open_from_palette(self, meta: ArticleMeta) -> None:
        ids = [m.id for m in self.article_list.articles]
        if meta.id in ids:
            self.article_list.cursor = ids.index(meta.id)
        self.open_meta(meta)
        self.reader.focus()

    @work(thread=True, exclusive=True, group="article")
    def _load_article(self, meta: ArticleMeta) -> None:
        try:
            analysis = self.library.analysis_of(meta)
            meta = self.library.refresh_metadata(meta, analysis)
            placed = self.library.annotations_for(meta, analysis.body)
        except (StoreError, OSError) as error:
            self.post_message(ArticleFailed(meta, str(error)))
            return
        except Exception as error:  # an analysis bug shows as a message, not a crash
            self.post_message(ArticleFailed(meta, f"{meta.origin}: could not be analysed ({type(error).__name__}: {error})"))
            return
        self.post_message(ArticleLoaded(meta, analysis, placed))

    def on_article_failed(self, message: ArticleFailed) -> None:
        if self.open_article is not None and message.meta.id == self.open_article.id:
            self.reader.show_placeholder(message.error)
            self.sidebar.show_message("")

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if self.open_article is None or message.meta.id != self.open_article.id:
            return
        if message.meta != self.open_article:  # the analysis corrected its title or date
            self.open_article = message.meta
            self.all_articles = [message.meta if m.id == message.meta.id else m for m in self.all_articles]
            self.article_list.update_article(message.meta)
        self.reader.show_document(ReaderDocument(message.meta, message.analysis))
        self.reader.border_title = Content(message.meta.source or "Reader")  # type: ignore[assignment]
        self.sidebar.show_entities(message.analysis.entities)
        self.annotating.article_opened(message.meta, message.analysis, message.placed)
        if self._go_to_annotation is not None:
            self._go_to(self._go_to_annotation)
            self._go_to_annotation = None
        if not message.meta.read:
            self._mark_read(message.meta)

    def _mark_read(self, meta: ArticleMeta) -> None:
        read = replace(meta, read=True)
        self.all_articles = [read if m.id == meta.id else m for m in self.all_articles]
        self.article_list.update_article(read)
        self.annotating.write(lambda: self.library.set_read(meta.id), lambda _: None, "Read mark not saved")

    @on(Reader.StepArticle)
    def _step_article(self, message: Reader.StepArticle) -> None:
        articles = self.article_list
        if not articles.articles:
            return
        current = self.open_article
        index = next((i for i, m in enumerate(articles.articles) if current and m.id == current.id), articles.cursor)
        target = max(0, min(index + message.delta, len(articles.articles) - 1))
        if current is not None and articles.articles[target].id == current.id:
            self.notify("No more articles that way.", timeout=2)
            return
        articles.cursor = target
        self.open_meta(articles.articles[target])

    # -- highlights and notes -------------------------------------------------

    @on(Reader.HighlightRequested)
    def _highlight(self, message: Reader.HighlightRequested) -> None:
        self.annotating.highlight(message.target, message.colour)

    @on(Reader.RecolourRequested)
    def _recolour(self, message: Reader.RecolourRequested) -> None:
        self.annotating.recolour(message.annotation, message.colour)

    @on(Reader.RemoveRequested)
    def _remove(self, message: Reader.RemoveRequested) -> None:
        self.annotating.remove(message.annotation)

    @on(Reader.NoteRequested)
    def _note(self, message: Reader.NoteRequested) -> None:
        self.annotating.edit_note(message.annotation)

    @on(Reader.UndoRequested)
    def _undo(self) -> None:
        self.annotating.undo()

    @on(Reader.CopyRequested)
    def _copy(self, message: Reader.CopyRequested) -> None:
        self.annotating.copy(message.target, message.citation)

    def copy_markdown(self) -> None:
        target = self.reader.target()
        if target is None:
            self.notify("Open an article and put the cursor on a passage first.", timeout=3)
            return
        self.annotating.copy(target, as_citation=False, markdown=True)

    @on(Reader.LeaveRequested)
    def _leave_reader(self) -> None:
        self.article_list.focus()

    @on(NotesPanel.Chosen)
    def _note_chosen(self, message: NotesPanel.Chosen) -> None:
        self._go_to(message.annotation.id)
        self.reader.focus()

    def _go_to(self, annotation_id: str) -> None:
        position = self.annotating.position_of(annotation_id)
        if position is None:
            self.notify("Its text is not in this version of the article (kept as an orphan).", timeout=4)
            return
        self.reader.go_to_offset(position)

    def action_notes_view(self) -> None:
        def chosen(annotation: Annotation | None) -> None:
            if annotation is not None:
                self.open_annotation(annotation)

        self.app.push_screen(NotesView(self.library.notes.all), chosen)

    def open_annotation(self, annotation: Annotation) -> None:
        meta = next((m for m in self.all_articles if m.id == annotation.article.id), None)
        if meta is None:
            self.notify("That article is not in the list shown now.", severity="warning", timeout=4)
            return
        ids = [m.id for m in self.article_list.articles]
        if meta.id in ids:
            self.article_list.cursor = ids.index(meta.id)
        if self.open_article is not None and self.open_article.id == meta.id:
            self._go_to(annotation.id)
        else:
            self._go_to_annotation = annotation.id
            self.open_meta(meta)
        self.reader.focus()

    def on_unmount(self) -> None:
        self.annotating.close()

    # -- entities -------------------------------------------------------------

    @on(EntitySidebar.Chosen)
    def _entity_chosen(self, message: EntitySidebar.Chosen) -> None:
        self.mark_entity(message.entity)

    def mark_entity(self, entity: Entity) -> None:
        self.reader.mark_entity(entity)

    def action_mention(self, step: int) -> None:
        self.reader.action_next_mention(step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "mention":
            return self.reader.marked_entity is not None
        return True

    # -- filtering ------------------------------------------------------------

    def action_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.add_class("-visible")
        field.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._query = event.value
        query = SearchQuery.parse(event.value)
        if query.empty:
            self._show_articles(self.all_articles)
            return
        self.query_one("#list-pane").border_subtitle = "searching…"
        self._search(event.value, query)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, text: str, query: SearchQuery) -> None:
        worker = get_current_worker()
        ids = self.library.matching_ids(query, self.all_articles, should_stop=lambda: worker.is_cancelled)
        if ids is not None:
            self.post_message(FilterApplied(text, ids))

    def on_filter_applied(self, message: FilterApplied) -> None:
        if message.query != self._query:
            return
        wanted = set(message.ids)
        self.article_list.empty_message = "No article matches."
        self._show_articles([m for m in self.all_articles if m.id in wanted])

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.article_list.focus()

    def key_escape(self) -> None:
        field = self.query_one("#filter", Input)
        if field.has_focus:
            field.value = ""
            field.remove_class("-visible")
            self.article_list.focus()

    # -- layout ---------------------------------------------------------------

    def action_toggle_sidebar(self) -> None:
        self._sidebar_choice = self.has_class("-no-sidebar")
        self.set_class(not self._sidebar_choice, "-no-sidebar")

    def on_resize(self) -> None:
        narrow = self.size.width < NARROW
        self.set_class(narrow, "-narrow")
        if self._sidebar_choice is None:
            self.set_class(narrow, "-no-sidebar")
