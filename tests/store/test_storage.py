"""The atomic TinyDB storage: crash safety, schema checks, no silent overwrite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from tinydb import TinyDB

from store.atomic import TEMP_PREFIX, remove_leftover_temps, write_atomic
from store.errors import CorruptStoreError, NewerSchemaError
from store.storage import SCHEMA_VERSION, AtomicJSONStorage


def test_round_trip_and_schema_stamp(tmp_path):
    path = tmp_path / "db.json"
    db = TinyDB(storage=AtomicJSONStorage, path=path)
    db.table("things").insert({"name": "Zoë"})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["_meta"]["1"]["schema"] == SCHEMA_VERSION
    assert TinyDB(storage=AtomicJSONStorage, path=path).table("things").all() == [{"name": "Zoë"}]


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "db.json"
    original = json.dumps({"_meta": {"1": {"schema": SCHEMA_VERSION + 1}}, "things": {}})
    path.write_text(original)
    db = TinyDB(storage=AtomicJSONStorage, path=path)
    with pytest.raises(NewerSchemaError, match=str(path)):
        db.table("things").insert({"x": 1})
    assert path.read_text() == original


def test_corrupt_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "db.json"
    path.write_text('{"things": {"1": {"x": ')
    db = TinyDB(storage=AtomicJSONStorage, path=path)
    with pytest.raises(CorruptStoreError, match="not valid JSON"):
        db.table("things").insert({"x": 1})
    assert path.read_text() == '{"things": {"1": {"x": '


def test_write_by_another_process_is_seen(tmp_path):
    path = tmp_path / "db.json"
    mine = TinyDB(storage=AtomicJSONStorage, path=path)
    mine.table("t").insert({"n": 1})
    assert len(mine.table("t").all()) == 1
    theirs = TinyDB(storage=AtomicJSONStorage, path=path)
    theirs.table("t").insert({"n": 2})
    assert sorted(doc["n"] for doc in mine.table("t", cache_size=0).all()) == [1, 2]


def test_leftover_temp_files_are_removed(tmp_path):
    (tmp_path / f"{TEMP_PREFIX}abc").write_text("half")
    (tmp_path / "keep.json").write_text("{}")
    assert remove_leftover_temps(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_killed_writers_never_leave_a_torn_file(tmp_path):
    """Kill a process in the middle of many large writes: the file always parses."""
    path = tmp_path / "db.json"
    write_atomic(path, json.dumps({"v": 0, "pad": ""}).encode())
    script = textwrap.dedent(
        f"""
        import json, pathlib, sys
        sys.path.insert(0, {os.getcwd()!r})
        from store.atomic import write_atomic
        path = pathlib.Path({str(path)!r})
        for i in range(1, 100000):
            write_atomic(path, json.dumps({{"v": i, "pad": "x" * 400000}}).encode())
        """
    )
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", script])
        try:
            proc.wait(timeout=0.4)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        json.loads(path.read_bytes())  # raises if torn
