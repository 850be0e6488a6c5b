"""Reading files: encodings, line endings, control characters and bad files."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.decode import RefusedFile, decode_article_bytes, read_article_file
from store.sanitize import strip_controls


def test_utf8_with_and_without_bom(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_bytes("Zoë Marchetti’s “plan”".encode())
    bom = tmp_path / "bom.txt"
    bom.write_bytes(codecs.BOM_UTF8 + "Zoë Marchetti’s “plan”".encode())
    assert read_article_file(plain) == read_article_file(bom) == "Zoë Marchetti’s “plan”"


def test_cp1252_curly_quotes_and_latin1_accents(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("“Café” – Zoë’s".encode("cp1252"))
    assert read_article_file(path) == "“Café” – Zoë’s"


def test_cp1252_undefined_bytes_fall_back_to_latin1():
    # 0x81 is unassigned in cp1252; it must not raise.
    assert decode_article_bytes(b"caf\xe9 \x81ok") == "café ok"


def test_utf16_with_bom():
    assert decode_article_bytes("Hello “world”".encode("utf-16")) == "Hello “world”"


def test_crlf_and_cr_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Line one\r\nLine two\rLine three\n")
    assert read_article_file(path) == "Line one\nLine two\nLine three\n"


def test_empty_and_blank_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.md"
    blank.write_bytes(b"  \n\n\t\n")
    for path in (empty, blank):
        with pytest.raises(RefusedFile, match="empty"):
            read_article_file(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(RefusedFile, match="binary"):
        read_article_file(path)


def test_oversized_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (4 * 1024 * 1024))  # 20 MB
    with pytest.raises(RefusedFile, match=r"too large \(21\.0 MB"):
        read_article_file(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(RefusedFile, match="not found"):
        read_article_file(tmp_path / "gone.txt")


def test_directory_is_refused(tmp_path):
    with pytest.raises(RefusedFile, match="directory"):
        read_article_file(tmp_path)


def test_escape_sequences_are_removed_whole():
    text = decode_article_bytes(
        b"red \x1b[31mX\x1b[0m clip \x1b]52;c;aGk=\x07 title \x1b]0;EVIL\x1b\\ c1 \xc2\x9b2J end \x1bc ok"
    )
    assert text == "red X clip  title  c1  end  ok"


def test_a_lone_escape_byte_is_dropped_and_the_text_kept():
    assert decode_article_bytes(b"a \x1b\nb [bold] \x07c\x1b") == "a \nb [bold] c"


@given(st.text())
def test_stripped_text_has_no_controls_but_keeps_newlines_and_tabs(text):
    cleaned = strip_controls(text)
    assert all(ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) for ch in cleaned)
    assert cleaned.count("\n") == text.count("\n")
    assert cleaned.count("\t") == text.count("\t")


def test_an_unterminated_osc_sequence_ends_at_the_line_end():
    assert strip_controls("\x9d0;junk\nThe story goes on.") == "\nThe story goes on."
    assert strip_controls("\x1b]52;c;Zm9v\nNext line") == "\nNext line"
