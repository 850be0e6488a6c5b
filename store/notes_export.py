"""Notes out and back in: Markdown to read (Obsidian-friendly), JSON to round-trip.

The JSON is a list of W3C Web Annotation objects: the target carries both a
TextQuoteSelector and a TextPositionSelector, the body the note and its tags.
byline's own fields (colour, speaker, content hash, article details) sit under
``byline:`` keys, which other tools ignore. Importing the same file twice adds
nothing: ids are kept.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from itertools import groupby

from .anchor import TextAnchor
from .annotations import COLOURS, Annotation, ArticleRef
from .sanitize import clean_text

CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"
ID_PREFIX = "urn:byline:annotation:"
ARTICLE_PREFIX = "urn:byline:article:"


class NotesImportError(Exception):
    """The file is not a byline notes export; the message says why, in one line."""


# -- Markdown -------------------------------------------------------------------


def to_markdown(annotations: list[Annotation]) -> str:
    """Per article a heading with title, source and date; each highlight a blockquote."""
    lines: list[str] = ["# byline notes", ""]
    ordered = sorted(annotations, key=lambda a: (a.article.title.casefold(), a.article.id, _position(a)))
    for _, group in groupby(ordered, key=lambda a: a.article.id):
        items = list(group)
        article = items[0].article
        lines.append(f"## {_one_line(article.title)}")
        details = " · ".join(p for p in (article.source, article.date) if p)
        if details:
            lines.append(f"*{_one_line(details)}*")
        lines.append("")
        for annotation in items:
            if annotation.anchor is not None:
                passage = annotation.anchor.exact.strip().rstrip(",;: ")
                for quote_line in passage.split("\n"):
                    lines.append(f"> {quote_line}" if quote_line.strip() else ">")
                if annotation.speaker:
                    lines.append(f"> — {_one_line(annotation.speaker)}")
                lines.append("")
            if annotation.note.strip():
                label = "Note" if annotation.anchor is not None else "Article note"
                lines.append(f"**{label}:** {annotation.note.strip()}")
            if annotation.tags:
                lines.append("Tags: " + " ".join(f"#{tag}" for tag in annotation.tags))
            if annotation.note.strip() or annotation.tags:
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _position(annotation: Annotation) -> int:
    return annotation.anchor.start if annotation.anchor else -1


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- JSON (W3C Web Annotation) --------------------------------------------------


def to_json(annotations: list[Annotation]) -> str:
    return json.dumps([to_web_annotation(a) for a in annotations], ensure_ascii=False, indent=2)


def to_web_annotation(annotation: Annotation) -> dict:
    body = []
    if annotation.note:
        body.append({"type": "TextualBody", "value": annotation.note, "purpose": "commenting", "format": "text/plain"})
    body.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags)
    target: dict = {"source": ARTICLE_PREFIX + annotation.article.id}
    if annotation.anchor is not None:
        anchor = annotation.anchor
        target["selector"] = [
            {"type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix},
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ]
    return {
        "@context": CONTEXT_URL,
        "id": ID_PREFIX + annotation.id,
        "type": "Annotation",
        "motivation": "highlighting" if annotation.anchor is not None else "commenting",
        "created": _iso(annotation.created),
        "modified": _iso(annotation.updated),
        "body": body,
        "target": target,
        "byline:colour": annotation.colour,
        "byline:speaker": annotation.speaker,
        "byline:contentHash": annotation.content_hash,
        "byline:article": {"title": annotation.article.title, "source": annotation.article.source, "date": annotation.article.date},
    }


def export_text(annotations: list[Annotation], fmt: str) -> str:
    """The file an export writes: Markdown for "md", else W3C JSON ending in a newline."""
    return to_markdown(annotations) if fmt == "md" else to_json(annotations) + "\n"


def from_json(text: str) -> list[Annotation]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotesImportError(f"not valid JSON ({error})") from None
    if not isinstance(data, list):
        raise NotesImportError("expected a JSON list of annotations")
    try:
        return [from_web_annotation(item) for item in data]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise NotesImportError(f"not a byline annotation ({type(error).__name__}: {error})") from None


def _text(value) -> str:
    """An imported string, kept as the store keeps article text: no terminal controls."""
    return clean_text(str(value))


def _optional_text(value) -> str | None:
    return None if value is None else _text(value)


def from_web_annotation(item: dict) -> Annotation:
    """One annotation from a file we did not write: every string is cleaned, the colour checked."""
    if item.get("type") != "Annotation" or not str(item.get("id", "")).startswith(ID_PREFIX):
        raise ValueError("missing byline annotation id or type")
    target = item["target"]
    quote = position = None
    for selector in target.get("selector", []):
        if selector.get("type") == "TextQuoteSelector":
            quote = selector
        elif selector.get("type") == "TextPositionSelector":
            position = selector
    anchor = None
    if quote is not None:
        start = int(position["start"]) if position else 0
        end = int(position["end"]) if position else start + len(quote["exact"])
        anchor = TextAnchor(_text(quote["exact"]), _text(quote.get("prefix", "")), _text(quote.get("suffix", "")), start, end)
    note = next((b["value"] for b in item.get("body", []) if b.get("purpose") == "commenting"), "")
    article = item.get("byline:article") or {}
    colour = int(item.get("byline:colour", 1))
    if colour not in COLOURS:
        raise ValueError(f"colour {colour} is not one of {', '.join(map(str, COLOURS))}")
    return Annotation(
        id=item["id"].removeprefix(ID_PREFIX),
        article=ArticleRef(
            id=target["source"].removeprefix(ARTICLE_PREFIX),
            title=_text(article.get("title") or "Untitled"),
            source=_optional_text(article.get("source")),
            date=_optional_text(article.get("date")),
        ),
        content_hash=str(item.get("byline:contentHash", "")),
        anchor=anchor,
        colour=colour,
        note=_text(note),
        speaker=_optional_text(item.get("byline:speaker")),
        created=_timestamp(item.get("created")),
        updated=_timestamp(item.get("modified") or item.get("created")),
    )


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat(timespec="milliseconds")


def _timestamp(value: str | None) -> float:
    if not value:
        return datetime.now(tz=timezone.utc).timestamp()
    return datetime.fromisoformat(value).timestamp()
