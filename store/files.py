"""Turn the paths a user names into the article files to read.

Folders are walked recursively for .txt/.md files; a named file of another kind,
or a path that does not exist, is reported with its reason instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .decode import ARTICLE_SUFFIXES, is_article_file


def collect_article_files(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Return (files to read, [(path, reason refused)]), files in a stable order."""
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
    seen: set[Path] = set()

    def add(file: Path) -> None:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            files.append(file)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(_walk(path)):
                add(found)
        elif path.is_file():
            if is_article_file(path):
                add(path)
            else:
                kinds = "/".join(ARTICLE_SUFFIXES)
                refused.append((str(path), f"not an article file (byline reads {kinds})"))
        elif path.exists():
            refused.append((str(path), "not a regular file"))
        else:
            refused.append((str(path), "no such file or directory"))
    return files, refused


def _walk(folder: Path) -> Iterable[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            candidate = Path(root) / name
            if not name.startswith(".") and is_article_file(candidate):
                yield candidate
