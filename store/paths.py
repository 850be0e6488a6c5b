"""Where byline keeps its data, and how a user overrides it.

Order of precedence: ``--data-dir``, then ``BYLINE_DATA_DIR``, then the
platform's user data directory (``platformdirs``), e.g. ~/.local/share/byline.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_VAR = "BYLINE_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def library(self) -> Path:
        """Article metadata: written on import only."""
        return self.root / "library.json"

    @property
    def state(self) -> Path:
        """Reading state (read marks): written often, kept apart from the library."""
        return self.root / "state.json"

    @property
    def texts(self) -> Path:
        """Original article texts, one file per content hash."""
        return self.root / "texts"

    @property
    def cache(self) -> Path:
        """Analysis results keyed by content hash and analyser version."""
        return self.root / "cache"

    @property
    def notes(self) -> Path:
        """Highlights and notes, one small file per article."""
        return self.root / "notes"

    def describe(self) -> list[tuple[str, Path]]:
        return [
            ("data", self.root),
            ("library", self.library),
            ("reading state", self.state),
            ("article texts", self.texts),
            ("analysis cache", self.cache),
            ("notes", self.notes),
        ]


def resolve_data_paths(data_dir: str | os.PathLike | None = None) -> DataPaths:
    if data_dir:
        root = Path(data_dir)
    elif os.environ.get(ENV_VAR):
        root = Path(os.environ[ENV_VAR])
    else:
        root = platformdirs.user_data_path("byline", appauthor=False)
    return DataPaths(root.expanduser().absolute())
