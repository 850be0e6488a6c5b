"""The headless commands, run as a user runs them: a subprocess, output on stdout/stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ARTICLES

ROOT = Path(__file__).parent.parent


def byline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def test_version():
    result = byline("--version")
    assert result.returncode == 0 and result.stdout.startswith("byline 0.")


def test_locate_prints_the_paths_in_use(tmp_path):
    result = byline("--data-dir", str(tmp_path / "d"), "locate")
    assert f"library:        {tmp_path / 'd' / 'library.json'}" in result.stdout.splitlines()


def test_analyze_json_has_the_documented_fields():
    result = byline("analyze", str(ARTICLES / "orchard-robotics.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"path", "title", "source", "date", "author", "body", "paragraphs", "removed", "entities", "quotes"}
    assert data["title"] == "Orchard Robotics hires Priya Raman to run its warehouse arm"
    assert data["date"] == "2024-06-04" and data["author"] == "Tom Ellery"
    assert "Share" in data["removed"] and "Share" not in data["body"]
    for entity in data["entities"]:
        assert set(entity) == {"name", "type", "aliases", "mentions", "spans"}
        assert entity["mentions"] == len(entity["spans"])
        for start, end in entity["spans"]:
            assert data["body"][start:end] in entity["aliases"] or data["body"][start:end]
    for quote in data["quotes"]:
        assert data["body"][quote["start"] : quote["end"]] == quote["text"]


def test_analyze_several_files_prints_an_array():
    result = byline("analyze", str(ARTICLES), "--json")
    assert [Path(d["path"]).name for d in json.loads(result.stdout)] == sorted(p.name for p in ARTICLES.iterdir())


def test_bad_files_get_one_line_each_and_no_traceback(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = byline("analyze", str(tmp_path / "empty.txt"), str(tmp_path / "blob.txt"), str(tmp_path / "nope.md"), "--json")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert lines == [
        f"byline: {tmp_path / 'nope.md'}: no such file or directory",
        f"byline: {tmp_path / 'empty.txt'}: empty file (no text)",
        f"byline: {tmp_path / 'blob.txt'}: binary file, not text",
    ]


def test_import_prints_counts(tmp_path):
    data = tmp_path / "d"
    first = byline("--data-dir", str(data), "import", str(ARTICLES), str(tmp_path / "nope.txt"))
    assert first.stdout.splitlines()[0] == "added 3, already present 0, refused 1"
    assert f"  refused {tmp_path / 'nope.txt'}: no such file or directory" in first.stdout
    again = byline("--data-dir", str(data), "import", str(ARTICLES))
    assert again.stdout.splitlines()[0] == "added 0, already present 3, refused 0"


def test_newer_store_is_a_one_line_error(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "library.json").write_text('{"_meta": {"1": {"schema": 99}}}')
    result = byline("--data-dir", str(data), "import", str(ARTICLES))
    assert result.returncode == 1
    assert "newer byline" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_opening_only_missing_files_fails_before_the_app_starts(tmp_path):
    result = byline(str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"byline: {tmp_path / 'nope.txt'}: no such file or directory"


def test_notes_export_and_import_round_trip(tmp_path):
    from store.annotations import ArticleRef, new_annotation
    from store.anchor import TextAnchor
    from store.notes import NotesStore

    source, target = tmp_path / "a", tmp_path / "b"
    body = "Quillbank said profits doubled. “Card fees paid for everything,” he said."
    start = body.index("Card")
    NotesStore(source / "notes").save(
        new_annotation(
            ArticleRef("q1", "Quillbank profits double", "The Ledger", "2024-05-30"),
            "h",
            TextAnchor.from_span(body, start, start + 32),
            note="Fees drive it #margins",
            speaker="Otto Brenner",
        )
    )
    exported = tmp_path / "notes.json"
    result = byline("--data-dir", str(source), "notes", "export", "--format", "json", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    markdown = byline("--data-dir", str(source), "notes", "export", "--format", "md").stdout
    assert "## Quillbank profits double" in markdown and "> Card fees paid for everything,”" in markdown
    assert "> — Otto Brenner" in markdown and "**Note:** Fees drive it #margins" in markdown
    first = byline("--data-dir", str(target), "notes", "import", str(exported))
    again = byline("--data-dir", str(target), "notes", "import", str(exported))
    assert first.stdout.strip() == "imported 1, already present 0"
    assert again.stdout.strip() == "imported 0, already present 1"
    (note,) = NotesStore(target / "notes").all()
    assert note.note == "Fees drive it #margins" and note.anchor.exact == body[start : start + 32]


def test_notes_import_of_a_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    result = byline("--data-dir", str(tmp_path / "d"), "notes", "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith(f"byline: {bad}: not valid JSON") and len(result.stderr.splitlines()) == 1
