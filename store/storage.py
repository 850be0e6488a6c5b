"""A TinyDB storage that never leaves a half-written or silently replaced file.

* Writes go through ``write_atomic`` (temp file, fsync, replace): TinyDB's own
  JSONStorage rewrites in place and leaves unreadable files when killed mid-write.
* Each file carries a schema version in its ``_meta`` table. A file written by a
  newer byline, or one that is not valid JSON, raises ``StoreError`` on read and
  is never written over.
* Reads are cached until the file's stat changes, so repeated queries do not
  re-parse the file, while a write by another process is still seen.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from .atomic import write_atomic
from .errors import CorruptStoreError, NewerSchemaError

SCHEMA_VERSION = 1
META_TABLE = "_meta"


class AtomicJSONStorage(Storage):
    """JSON storage with atomic writes, schema checks and a stat-keyed read cache."""

    def __init__(self, path: str | os.PathLike, schema: int = SCHEMA_VERSION) -> None:
        self.path = Path(path)
        self.schema = schema
        self._cached: dict[str, Any] | None = None
        self._cached_stat: tuple[int, int, int] | None = None

    def read(self) -> dict[str, Any] | None:
        stat = self._stat()
        if stat is None:
            self._cached = self._cached_stat = None
            return None
        if stat == self._cached_stat and self._cached is not None:
            return self._cached
        raw = self.path.read_bytes()
        if not raw.strip():
            # An empty file is what a brand-new store looks like to TinyDB.
            return None
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CorruptStoreError(
                f"{self.path}: not valid JSON ({error}); byline will not overwrite it. "
                "Move it aside to start afresh."
            ) from None
        if not isinstance(data, dict):
            raise CorruptStoreError(f"{self.path}: not a byline store (top level is not an object)")
        self._check_schema(data)
        self._cached, self._cached_stat = data, stat
        return data

    def write(self, data: dict[str, Any]) -> None:
        data.setdefault(META_TABLE, {"1": {"schema": self.schema}})
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            write_atomic(self.path, payload)
        except BaseException:
            self._cached = self._cached_stat = None
            raise
        self._cached, self._cached_stat = data, self._stat()

    def close(self) -> None:
        self._cached = self._cached_stat = None

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _check_schema(self, data: dict[str, Any]) -> None:
        meta = data.get(META_TABLE) or {}
        versions = [doc.get("schema") for doc in meta.values() if isinstance(doc, dict)]
        version = versions[0] if versions else None
        if version is None:
            return
        if not isinstance(version, int):
            raise CorruptStoreError(f"{self.path}: schema version {version!r} is not a number")
        if version > self.schema:
            raise NewerSchemaError(
                f"{self.path}: written by a newer byline (schema {version}, this one reads "
                f"{self.schema}); upgrade byline. The file was left untouched."
            )
