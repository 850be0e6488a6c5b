"""The notes store: saving, sharding, deleting, and two processes at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from store.anchor import TextAnchor
from store.annotations import ArticleRef, new_annotation, tags_in
from store.notes import NotesStore

BODY = "Vela Corp named Ines Abara chief executive. “We ship in May,” Abara said."
ARTICLE = ArticleRef("a1", "Vela names a chief", "The Ledger", "2024-05-02")
ROOT = Path(__file__).parent.parent.parent


def highlight(text: str, note: str = "", article: ArticleRef = ARTICLE):
    start = BODY.index(text)
    return new_annotation(article, "hash1", TextAnchor.from_span(BODY, start, start + len(text)), note=note)


def test_tags_are_hash_words_in_the_note():
    assert tags_in("Key claim #Launch and #supply-chain, not a#b or ##x #launch") == ("launch", "supply-chain")


def test_saved_annotations_come_back_per_article(tmp_path):
    store = NotesStore(tmp_path)
    first = highlight("We ship in May", note="#timeline check [bold]this[/]")
    other = new_annotation(ArticleRef("a2", "Other", None, None), "hash2", None, note="article note")
    store.save(first)
    store.save(other)
    (again,) = NotesStore(tmp_path).for_article("a1")
    assert again == first and again.tags == ("timeline",)
    assert NotesStore(tmp_path).for_article("a2")[0].anchor is None
    assert len(list(tmp_path.glob("*.json"))) == 2  # one shard per article


def test_edit_replaces_and_delete_removes(tmp_path):
    store = NotesStore(tmp_path)
    note = highlight("Ines Abara")
    store.save(note)
    store.save(note.edited(note="now with words", colour=3))
    (saved,) = store.for_article("a1")
    assert (saved.note, saved.colour) == ("now with words", 3)
    store.delete(saved)
    assert store.for_article("a1") == []


def test_import_adds_only_unknown_ids(tmp_path):
    store = NotesStore(tmp_path)
    notes = [highlight("Ines Abara"), highlight("We ship in May")]
    assert store.import_new(notes) == 2
    assert store.import_new(notes) == 0
    assert len(store.all()) == 2


def test_a_save_does_not_touch_other_articles_files(tmp_path):
    store = NotesStore(tmp_path)
    store.save(new_annotation(ArticleRef("a2", "Other", None, None), "h", None, note="x"))
    (other_file,) = tmp_path.glob("*.json")
    before = other_file.stat().st_mtime_ns, other_file.read_bytes()
    store.save(highlight("Ines Abara"))
    assert (other_file.stat().st_mtime_ns, other_file.read_bytes()) == before


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from store.annotations import ArticleRef, new_annotation
        from store.notes import NotesStore
        store = NotesStore(Path({str(tmp_path)!r}))
        article = ArticleRef("shared", "Shared article", None, None)
        for i in range(200):
            store.save(new_annotation(article, "h", None, note=f"{{sys.argv[1]}} {{i}}"))
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, name]) for name in ("left", "right")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    notes = NotesStore(tmp_path).for_article("shared")
    assert len(notes) == 400
    assert {n.note for n in notes} == {f"{side} {i}" for side in ("left", "right") for i in range(200)}


def test_saving_a_new_placement_keeps_a_note_edited_meanwhile_and_a_deleted_one_deleted(tmp_path):
    store = NotesStore(tmp_path)
    kept, gone = highlight("Ines Abara"), highlight("We ship in May")
    store.save_many([kept, gone])
    stale_kept, stale_gone = store.for_article("a1")  # read by re-anchoring, without the lock
    store.save(stale_kept.edited(note="edited meanwhile"))  # another writer
    store.delete(stale_gone)
    moved = TextAnchor.from_span("Intro. " + BODY, 7 + BODY.index("Ines Abara"), 7 + BODY.index("Ines Abara") + 10)
    store.save_placements([
        stale_kept.edited(anchor=moved, content_hash="hash2"),
        stale_gone.edited(orphan=True),
    ])
    (saved,) = store.for_article("a1")
    assert saved.id == kept.id and saved.note == "edited meanwhile"
    assert saved.anchor == moved and saved.content_hash == "hash2"
