"""Where highlights and notes are kept: one small TinyDB file per article.

TinyDB rewrites a whole file on every write, so one file for every note would
make each save slower as notes accumulate. Sharding by article keeps a save at
the cost of rewriting that article's notes only, however many the library has.

Two byline processes may share a data directory: every read-modify-write holds
a file lock and re-reads the shard under it, so neither loses the other's notes.
Writes are atomic (``AtomicJSONStorage``) and durable before ``save`` returns.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from filelock import FileLock
from tinydb import Query, TinyDB

from .annotations import Annotation
from .atomic import remove_leftover_temps
from .storage import AtomicJSONStorage

TABLE = "annotations"
LOCK_TIMEOUT = 10.0


class NotesStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = FileLock(str(folder / ".lock"), timeout=LOCK_TIMEOUT)

    def prepare(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_leftover_temps(self.folder)

    def for_article(self, article_id: str) -> list[Annotation]:
        path = self._shard(article_id)
        if not path.exists():
            return []
        return self._read(path)

    def all(self) -> list[Annotation]:
        found: list[Annotation] = []
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("*.json")):
                found.extend(self._read(path))
        return sorted(found, key=lambda a: a.created)

    def save(self, annotation: Annotation) -> None:
        """Insert or replace ``annotation``; on return it is on disk."""
        self.save_many([annotation])

    def save_many(self, annotations: Iterable[Annotation]) -> None:
        by_article: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            by_article.setdefault(annotation.article.id, []).append(annotation)
        self.folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            for article_id, items in by_article.items():
                with self._open(article_id) as db:
                    table = db.table(TABLE, cache_size=0)
                    # TinyDB's upsert writes twice (update, then insert): look first,
                    # so each shard is written once per save.
                    known = {doc["id"] for doc in table.all()}
                    fresh = [a.to_doc() for a in items if a.id not in known]
                    for annotation in items:
                        if annotation.id in known:
                            table.update(annotation.to_doc(), Query().id == annotation.id)
                    if fresh:
                        table.insert_multiple(fresh)

    def save_placements(self, annotations: Iterable[Annotation]) -> None:
        """Write only where each highlight sits (anchor, content hash, orphan flag) and the
        article's title, source and date as they read now.

        Re-anchoring reads without the lock; a note edited or deleted meanwhile,
        here or in another process, keeps its text, and a deleted one stays deleted.
        """
        by_article: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            by_article.setdefault(annotation.article.id, []).append(annotation)
        with self._lock:
            for article_id, items in by_article.items():
                if not self._shard(article_id).exists():
                    continue
                with self._open(article_id) as db:
                    db.table(TABLE, cache_size=0).update_multiple(
                        [(_placement(a), Query().id == a.id) for a in items]
                    )

    def delete(self, annotation: Annotation) -> None:
        with self._lock:
            if not self._shard(annotation.article.id).exists():
                return
            with self._open(annotation.article.id) as db:
                db.table(TABLE, cache_size=0).remove(Query().id == annotation.id)

    def import_new(self, annotations: Iterable[Annotation]) -> int:
        """Add the annotations whose ids are not stored yet; return how many were added."""
        wanted = list(annotations)
        with self._lock:
            known = {a.id for a in self.all()}
            fresh = [a for a in wanted if a.id not in known]
            self.save_many(fresh)
        return len(fresh)

    def _read(self, path: Path) -> list[Annotation]:
        with TinyDB(storage=AtomicJSONStorage, path=path) as db:
            return [Annotation.from_doc(doc) for doc in db.table(TABLE, cache_size=0).all()]

    def _open(self, article_id: str) -> TinyDB:
        # A fresh TinyDB per write: its id counter and caches must not outlive the lock.
        return TinyDB(storage=AtomicJSONStorage, path=self._shard(article_id))

    def _shard(self, article_id: str) -> Path:
        safe = hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{safe}.json"


def _placement(annotation: Annotation) -> dict:
    doc = annotation.to_doc()
    return {key: doc[key] for key in ("article", "anchor", "content_hash", "orphan")}
