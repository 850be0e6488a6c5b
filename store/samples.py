"""The sample articles shipped inside the package, read as (name, bytes)."""

from __future__ import annotations

from importlib import resources

from .decode import ARTICLE_SUFFIXES


def sample_files() -> list[tuple[str, bytes]]:
    folder = resources.files("store") / "samples"
    found = [
        (entry.name, entry.read_bytes())
        for entry in folder.iterdir()
        if entry.is_file() and entry.name.lower().endswith(ARTICLE_SUFFIXES)
    ]
    return sorted(found)
