"""Shared fixtures: an isolated data directory and the paths of test articles."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
HOSTILE = FIXTURES / "hostile.txt"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data directory; none touches the user's real one."""
    data = tmp_path / "data"
    monkeypatch.setenv("BYLINE_DATA_DIR", str(data))
    return data
