"""Exporting notes to Markdown and W3C JSON, and importing the JSON back."""

from __future__ import annotations

import json

import pytest

from store.annotations import ArticleRef, new_annotation
from store.anchor import TextAnchor
from store.notes import NotesStore
from store.notes_export import NotesImportError, from_json, to_json, to_markdown

BODY = "Vela Corp named Ines Abara chief. “We ship in May,” Abara said. Shares rose."
ARTICLE = ArticleRef("a1", "Vela names a chief", "The Ledger", "2024-05-02")


def quote_note():
    start = BODY.index("We ship")
    anchor = TextAnchor.from_span(BODY, start, start + len("We ship in May,"))
    return new_annotation(ARTICLE, "h1", anchor, colour=2, note="Timeline #launch [bold]not markup[/]", speaker="Ines Abara")


def test_markdown_groups_by_article_with_blockquotes_speakers_notes_and_tags():
    article_note = new_annotation(ARTICLE, "h1", None, note="Read again #followup")
    text = to_markdown([quote_note(), article_note])
    assert text.splitlines()[:4] == ["# byline notes", "", "## Vela names a chief", "*The Ledger · 2024-05-02*"]
    assert "> We ship in May\n> — Ines Abara\n\n**Note:** Timeline #launch [bold]not markup[/]\nTags: #launch" in text
    assert "**Article note:** Read again #followup\nTags: #followup" in text


def test_json_is_web_annotation_shaped():
    (item,) = json.loads(to_json([quote_note()]))
    assert item["@context"] == "http://www.w3.org/ns/anno.jsonld" and item["type"] == "Annotation"
    quote, position = item["target"]["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": "We ship in May,", "prefix": "a Corp named Ines Abara chief. “", "suffix": "” Abara said. Shares rose."}
    assert position == {"type": "TextPositionSelector", "start": BODY.index("We ship"), "end": BODY.index("We ship") + 15}
    assert item["body"][0]["value"] == "Timeline #launch [bold]not markup[/]"
    assert item["body"][1] == {"type": "TextualBody", "value": "launch", "purpose": "tagging"}


def test_json_round_trip_and_importing_twice_adds_nothing(tmp_path):
    notes = [quote_note(), new_annotation(ARTICLE, "h1", None, note="whole article")]
    back = from_json(to_json(notes))
    assert [(a.id, a.anchor, a.note, a.colour, a.speaker, a.article) for a in back] == [
        (a.id, a.anchor, a.note, a.colour, a.speaker, a.article) for a in notes
    ]
    store = NotesStore(tmp_path)
    assert store.import_new(back) == 2
    assert store.import_new(from_json(to_json(notes))) == 0


@pytest.mark.parametrize("text", ["{not json", '{"a": 1}', '[{"type": "Annotation", "id": "x"}]'])
def test_bad_import_files_raise_one_clear_error(text):
    with pytest.raises(NotesImportError):
        from_json(text)


def test_an_import_with_a_colour_byline_cannot_show_is_refused():
    (item,) = json.loads(to_json([quote_note()]))
    item["byline:colour"] = 9
    with pytest.raises(NotesImportError, match="colour 9"):
        from_json(json.dumps([item]))


def test_imported_text_loses_terminal_escape_sequences():
    (item,) = json.loads(to_json([quote_note()]))
    item["body"][0]["value"] = "x\x1b]0;pwned\x07y"
    item["byline:article"]["title"] = "Vela\x1b[31m names"
    item["byline:speaker"] = "Ines\x9b2J Abara"
    item["target"]["selector"][0]["exact"] = "We ship\x1b[2J in May,"
    (back,) = from_json(json.dumps([item]))
    assert back.note == "xy"
    assert back.article.title == "Vela names"
    assert back.speaker == "Ines Abara"
    assert back.anchor.exact == "We ship in May,"
