"""Read an article file from disk into clean text, or refuse it with a reason.

Every failure is a ``RefusedFile`` whose message is one line naming the reason;
callers print ``path: reason``. Nothing here raises anything else for bad input.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from .sanitize import clean_text

MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".eml")  # (".eml": a mail saved with its source)

# Bytes that never occur in text files; a few of them mean binary.
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}


class RefusedFile(Exception):
    """A file that cannot become an article; ``str(exc)`` is the one-line reason."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        super().__init__(reason)
        self.path = str(path)
        self.reason = reason


def is_article_file(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES


def read_article_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> str:
    """Return the text of ``path``, decoded, newline-normalised and control-free."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise RefusedFile(path, "file not found (moved or deleted?)") from None
    except IsADirectoryError:
        raise RefusedFile(path, "is a directory") from None
    except PermissionError:
        raise RefusedFile(path, "permission denied") from None
    except OSError as error:
        raise RefusedFile(path, f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        size = _size_of(path, len(data))
        raise RefusedFile(
            path,
            f"too large ({size / 1e6:.1f} MB; articles are limited to {max_bytes / 1e6:.0f} MB)",
        )
    return decode_article_bytes(data, path)


def decode_article_bytes(data: bytes, path: str | os.PathLike = "<bytes>") -> str:
    """Decode bytes in the encodings scraped news arrives in; refuse non-text."""
    text = _decode(data, path)
    text = clean_text(text)
    if not text.strip():
        raise RefusedFile(path, "empty file (no text)")
    return text


def _decode(data: bytes, path: str | os.PathLike) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    if _looks_binary(data):
        raise RefusedFile(path, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what "Latin-1" text from the web almost always is; its five
    # unassigned bytes fall back to their Latin-1 meaning.
    return data.decode("cp1252", errors="latin1_fallback")


def _strict(data: bytes, encoding: str, path: str | os.PathLike) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise RefusedFile(path, f"invalid {encoding.upper()} at byte {error.start}") from None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    odd = sum(1 for byte in sample if byte in _BINARY_BYTES)
    return odd > max(8, len(sample) // 100)


def _size_of(path: str | os.PathLike, fallback: int) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return fallback


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("latin-1"), error.end


codecs.register_error("latin1_fallback", _latin1_fallback)
