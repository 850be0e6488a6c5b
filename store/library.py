"""The library: every read and write of byline's data goes through one object.

Files in the data directory (see ``paths.DataPaths``):

* ``library.json`` (TinyDB) holds article metadata only, so the list opens
  without touching a single article body. It is written on import, in one write
  per import however many files it adds.
* ``state.json`` (TinyDB) holds read marks: saving one never rewrites the library.
* ``texts/<hash>.txt`` holds each original text; ``cache/`` holds analyses keyed
  by content hash and analyser version, so an unchanged article is analysed once.

TinyDB is not thread-safe and workers call in from threads, so every public
method takes the same lock.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from tinydb import Query, TinyDB

from .atomic import remove_leftover_temps, write_atomic
from .decode import RefusedFile, decode_article_bytes, read_article_file
from .errors import StoreError
from .files import collect_article_files
from .anchor import TextAnchor, place
from .annotations import Annotation, ArticleRef
from .model import ANALYZER_VERSION, Analysis, ArticleMeta, ImportReport
from .notes import NotesStore
from .paths import DataPaths
from .samples import sample_files
from .search import SearchQuery
from .storage import AtomicJSONStorage

ARTICLES = "articles"
READS = "reads"

Progress = Callable[[int, int], None]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(path: str | os.PathLike) -> str:
    """A stable id for a file: re-importing the same path updates the same article."""
    resolved = str(Path(path).expanduser().resolve())
    return hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:12]


class Library:
    """Articles, their texts and analyses, and reading state in one data directory."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._lock = threading.RLock()
        self._library_db: TinyDB | None = None
        self._state_db: TinyDB | None = None
        self._session: dict[str, tuple[ArticleMeta, str]] = {}
        self._bodies: dict[str, str] = {}
        self.notes = NotesStore(paths.notes)

    # -- opening --------------------------------------------------------------

    def open(self) -> bool:
        """Prepare the data directory; return True if the library was just created.

        Raises ``StoreError`` (one-line message naming the file) for a store that
        is corrupt or from a newer byline; such files are never written.
        """
        with self._lock:
            if self._library_db is not None:
                return False
            try:
                self.paths.root.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"{self.paths.root}: cannot create data directory ({error.strerror})") from None
            for folder in (self.paths.root, self.paths.texts, self.paths.cache):
                remove_leftover_temps(folder)
            self.notes.prepare()
            created = not self.paths.library.exists()
            library_db = TinyDB(storage=AtomicJSONStorage, path=self.paths.library)
            state_db = TinyDB(storage=AtomicJSONStorage, path=self.paths.state)
            # Reading both now surfaces a corrupt or newer store before any write.
            library_db.storage.read()
            state_db.storage.read()
            self._library_db, self._state_db = library_db, state_db
            return created

    def close(self) -> None:
        with self._lock:
            for db in (self._library_db, self._state_db):
                if db is not None:
                    db.close()
            self._library_db = self._state_db = None

    @property
    def _articles(self):
        assert self._library_db is not None, "Library.open() first"
        return self._library_db.table(ARTICLES, cache_size=0)

    @property
    def _reads(self):
        assert self._state_db is not None, "Library.open() first"
        return self._state_db.table(READS, cache_size=0)

    # -- listing --------------------------------------------------------------

    def articles(self) -> list[ArticleMeta]:
        """Every article in the library, newest first, with read marks."""
        with self._lock:
            read_ids = self._read_ids()
            metas = [_meta_from_doc(doc, doc["id"] in read_ids) for doc in self._articles.all()]
        return sort_newest_first(metas)

    def session_articles(self) -> list[ArticleMeta]:
        with self._lock:
            read_ids = self._read_ids()
            metas = [_with_read(meta, meta.id in read_ids) for meta, _ in self._session.values()]
        return sort_newest_first(metas)

    def _read_ids(self) -> set[str]:
        return {doc["id"] for doc in self._reads.all()}

    # -- importing ------------------------------------------------------------

    def import_paths(self, paths: Iterable[str | os.PathLike], progress: Progress | None = None) -> ImportReport:
        """Add files and folders to the persistent library."""
        files, refused = collect_article_files(paths)
        report = ImportReport(refused=list(refused))
        sources = ((str(f), article_id_for(f), lambda f=f: read_article_file(f)) for f in files)
        self._import(sources, len(files), report, progress)
        return report

    def seed_samples(self) -> ImportReport:
        """Import the bundled sample articles (done once, when the library is new)."""
        report = ImportReport()
        samples = sample_files()
        sources = (
            (f"sample:{name}", f"sample-{Path(name).stem}", lambda n=name, d=data: decode_article_bytes(d, n))
            for name, data in samples
        )
        self._import(sources, len(samples), report, None)
        return report

    def _import(self, sources, total: int, report: ImportReport, progress: Progress | None) -> None:
        with self._lock:
            by_id = {doc["id"]: doc for doc in self._articles.all()}
        by_hash = {doc["content_hash"]: article_id for article_id, doc in by_id.items()}
        new_docs: dict[str, dict] = {}
        for index, (origin, article_id, read) in enumerate(sources, 1):
            if progress:
                progress(index, total)
            try:
                text = read()
            except RefusedFile as refusal:
                report.refused.append((origin, refusal.reason))
                continue
            digest = content_hash(text)
            if digest in by_hash:
                report.present.append(origin)
                continue
            try:
                analysis = self._analyse_and_cache(text, digest, origin)
            except Exception as error:  # a bug in analysis must not abort an import
                report.refused.append((origin, f"could not be analysed ({type(error).__name__}: {error})"))
                continue
            self._write_text(digest, text)
            previous = by_id.get(article_id) or new_docs.get(article_id)
            doc = _doc_for(article_id, origin, digest, analysis, added=previous["added"] if previous else time.time())
            new_docs[article_id] = doc
            by_hash[digest] = article_id
            report.added.append(origin)
        if new_docs:
            with self._lock:
                table = self._articles
                replaced = [i for i in new_docs if i in by_id]
                if replaced:
                    table.remove(Query().id.one_of(replaced))
                table.insert_multiple(new_docs.values())
            # Highlights on a changed text move with it now, not when it is next opened.
            for article_id in replaced:
                meta = _meta_from_doc(new_docs[article_id], False)
                if self.notes.for_article(article_id):
                    self.annotations_for(meta, self.analysis_of(meta).body)

    def open_session(self, paths: Iterable[str | os.PathLike], progress: Progress | None = None) -> ImportReport:
        """Read files for this session only: nothing is added to the library."""
        files, refused = collect_article_files(paths)
        report = ImportReport(refused=list(refused))
        for index, file in enumerate(files, 1):
            if progress:
                progress(index, len(files))
            try:
                text = read_article_file(file)
                digest = content_hash(text)
                analysis = self._analyse_and_cache(text, digest, str(file))
            except RefusedFile as refusal:
                report.refused.append((str(file), refusal.reason))
                continue
            except Exception as error:
                report.refused.append((str(file), f"could not be analysed ({type(error).__name__}: {error})"))
                continue
            doc = _doc_for(article_id_for(file), str(file), digest, analysis, added=_mtime(file))
            meta = _meta_from_doc(doc, False)
            with self._lock:
                self._session[meta.id] = (meta, text)
            report.added.append(str(file))
        return report

    # -- reading --------------------------------------------------------------

    def text_of(self, meta: ArticleMeta) -> str:
        with self._lock:
            if meta.id in self._session:
                return self._session[meta.id][1]
        path = self._text_path(meta.content_hash)
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise StoreError(f"{path}: the text of “{meta.title}” is missing from the data directory") from None

    def analysis_of(self, meta: ArticleMeta) -> Analysis:
        """The article's analysis: from the cache, or computed and cached now."""
        cached = self._read_cache(meta.content_hash)
        if cached is not None:
            return cached
        text = self.text_of(meta)
        return self._analyse_and_cache(text, meta.content_hash, meta.origin)

    def refresh_metadata(self, meta: ArticleMeta, analysis: Analysis) -> ArticleMeta:
        """Bring the list's title, source, date and author up to a newer analysis.

        Metadata is stored at import; when a better analyser reads an article
        differently, the list follows the first time the article is opened.
        """
        fresh = _doc_for(meta.id, meta.origin, meta.content_hash, analysis, meta.added)
        fields = ("title", "source", "date", "author")
        if all(getattr(meta, name) == fresh[name] for name in fields):
            return meta
        updated = replace(meta, **{name: fresh[name] for name in fields})
        with self._lock:
            if meta.id in self._session:
                self._session[meta.id] = (updated, self._session[meta.id][1])
            else:
                self._articles.update({name: fresh[name] for name in fields}, Query().id == meta.id)
        return updated

    def matching_ids(
        self,
        query: SearchQuery,
        metas: Iterable[ArticleMeta],
        should_stop: Callable[[], bool] = lambda: False,
    ) -> list[str] | None:
        """Ids of the articles whose title or cleaned body has every query word.

        Returns None if ``should_stop`` turned true before the scan finished.
        """
        found = []
        for meta in metas:
            if should_stop():
                return None
            if query.matches(meta.title) or query.matches(self._body_for_search(meta)):
                found.append(meta.id)
        return found

    def _body_for_search(self, meta: ArticleMeta) -> str:
        body = self._bodies.get(meta.content_hash)
        if body is None:
            try:
                body = self.analysis_of(meta).body
            except StoreError:
                body = ""
            self._bodies[meta.content_hash] = body
        return body

    # -- highlights and notes -------------------------------------------------

    def annotations_for(self, meta: ArticleMeta, body: str) -> list[tuple[Annotation, tuple[int, int, str] | None]]:
        """The article's annotations, each with where it sits in ``body`` now.

        The place is ``(start, end, method)``, or None for an orphan (a highlight
        whose text is gone) and for notes on the whole article. Highlights placed
        in a changed text are saved re-anchored, so the next edit starts from here;
        notes made when an older analyser read the title or date differently are
        saved with ``meta``'s.
        """
        placed = []
        changed = []
        ref = self.article_ref(meta)
        for stored in self.notes.for_article(meta.id):
            annotation = stored if stored.article == ref else replace(stored, article=ref)
            where = None
            if annotation.anchor is not None:
                found = place(annotation.anchor, body)
                if found is None:
                    annotation = replace(annotation, orphan=True)
                else:
                    if annotation.orphan or annotation.content_hash != meta.content_hash or found.method != "position":
                        annotation = replace(
                            annotation,
                            anchor=TextAnchor.from_span(body, found.start, found.end),
                            content_hash=meta.content_hash,
                            orphan=False,
                        )
                    where = (found.start, found.end, found.method)
            if annotation != stored:
                changed.append(annotation)
            placed.append((annotation, where))
        if changed:
            self.notes.save_placements(changed)
        return placed

    @staticmethod
    def article_ref(meta: ArticleMeta) -> ArticleRef:
        return ArticleRef(meta.id, meta.title, meta.source, meta.date)

    # -- reading state --------------------------------------------------------

    def set_read(self, article_id: str, read: bool = True) -> None:
        with self._lock:
            reads = self._reads
            if read:
                reads.upsert({"id": article_id, "at": time.time()}, Query().id == article_id)
            else:
                reads.remove(Query().id == article_id)

    # -- files ----------------------------------------------------------------

    def _text_path(self, digest: str) -> Path:
        return self.paths.texts / f"{digest}.txt"

    def _cache_path(self, digest: str) -> Path:
        return self.paths.cache / f"{digest}.{ANALYZER_VERSION}.json"

    def _write_text(self, digest: str, text: str) -> None:
        path = self._text_path(digest)
        if not path.exists():
            write_atomic(path, text.encode("utf-8"))

    def _analyse_and_cache(self, text: str, digest: str, origin: str) -> Analysis:
        cached = self._read_cache(digest)
        if cached is not None:
            return cached
        from .analyze import analyze_text  # the analysis modules load on first use, not at start-up

        analysis = analyze_text(text, filename=_filename(origin))
        payload = json.dumps(analysis.to_json(), ensure_ascii=False).encode("utf-8")
        try:
            write_atomic(self._cache_path(digest), payload)
        except OSError:
            pass  # a cache that cannot be written only costs time
        return analysis

    def _read_cache(self, digest: str) -> Analysis | None:
        try:
            data = json.loads(self._cache_path(digest).read_bytes())
            return Analysis.from_json(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None


def sort_newest_first(metas: list[ArticleMeta]) -> list[ArticleMeta]:
    return sorted(metas, key=lambda meta: meta.sort_key, reverse=True)


def _filename(origin: str) -> str:
    return Path(origin.removeprefix("sample:")).name


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def _doc_for(article_id: str, origin: str, digest: str, analysis: Analysis, added: float) -> dict:
    title = analysis.title or Path(_filename(origin)).stem.replace("-", " ").replace("_", " ")
    return {
        "id": article_id,
        "title": title,
        "source": analysis.source,
        "date": analysis.date,
        "author": analysis.author,
        "content_hash": digest,
        "origin": origin,
        "added": added,
    }


def _meta_from_doc(doc: dict, read: bool) -> ArticleMeta:
    return ArticleMeta(
        id=doc["id"],
        title=doc["title"],
        source=doc.get("source"),
        date=doc.get("date"),
        author=doc.get("author"),
        content_hash=doc["content_hash"],
        origin=doc["origin"],
        added=doc["added"],
        read=read,
    )


def _with_read(meta: ArticleMeta, read: bool) -> ArticleMeta:
    return replace(meta, read=read)
