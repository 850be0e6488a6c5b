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

from store.errors import StoreError
from store.library import Library
from store.model import Analysis, ArticleMeta, Entity, ImportReport
from store.search import SearchQuery

from ..widgets.article_list import ArticleList
from ..widgets.entity_sidebar import EntitySidebar
from ..widgets.reader import Reader, ReaderDocument

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
    def __init__(self, meta: ArticleMeta, analysis: Analysis) -> None:
        super().__init__()
        self.meta = meta
        self.analysis = analysis


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
    ]

    def __init__(self, library: Library, session_paths: list[str] | None = None) -> None:
        super().__init__()
        self.library = library
        self.session_paths = session_paths
        self.all_articles: list[ArticleMeta] = []
        self.open_article: ArticleMeta | None = None
        self._sidebar_choice: bool | None = None
        self._query = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield ArticleList(id="articles")
                yield Input(placeholder="Filter: words in title or text", id="filter")
            yield Reader(id="reader")
            yield EntitySidebar(id="entities")
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

    def on_mount(self) -> None:
        self.query_one("#list-pane").border_title = "Articles"
        self.reader.border_title = "Reader"
        self.sidebar.border_title = "Entities"
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
        except StoreError as error:
            self.post_message(ArticleFailed(meta, str(error)))
            return
        self.post_message(ArticleLoaded(meta, analysis))

    def on_article_failed(self, message: ArticleFailed) -> None:
        if self.open_article is not None and message.meta.id == self.open_article.id:
            self.reader.show_placeholder(message.error)
            self.sidebar.show_message("")

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if self.open_article is None or message.meta.id != self.open_article.id:
            return
        self.reader.show_document(ReaderDocument(message.meta, message.analysis))
        self.reader.border_title = Content(message.meta.source or "Reader")  # type: ignore[assignment]
        self.sidebar.show_entities(message.analysis.entities)
        if not message.meta.read:
            self._mark_read(message.meta)

    def _mark_read(self, meta: ArticleMeta) -> None:
        read = replace(meta, read=True)
        self.all_articles = [read if m.id == meta.id else m for m in self.all_articles]
        self.article_list.update_article(read)
        self._save_read(meta.id)

    @work(thread=True, group="state")
    def _save_read(self, article_id: str) -> None:
        try:
            self.library.set_read(article_id)
        except (StoreError, OSError) as error:
            self.app.call_from_thread(
                self.notify, f"Read mark not saved: {error}", severity="error", markup=False
            )

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
        if self._sidebar_choice is None:
            self.set_class(self.size.width < NARROW, "-no-sidebar")
