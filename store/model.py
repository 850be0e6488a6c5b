"""Plain data shared by the analysis, the store and the UI.

Everything here is a frozen-ish dataclass of builtins so it can cross thread
boundaries, be cached as JSON and be handed to widgets without exposing TinyDB.
Offsets (``spans``, ``start``/``end``) always index into ``Analysis.body``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("PERSON", "ORG", "PRODUCT", "PLACE", "OTHER")
QUOTE_KINDS = ("speech", "other")


# The version of store.analyze's output: bump it when any step's output would
# change; stored analyses are cached under it.
ANALYZER_VERSION = "200"


@dataclass(frozen=True)
class Entity:
    """A named thing in the body, with every mention merged under one name."""

    name: str
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    @property
    def mentions(self) -> int:
        return len(self.spans)

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": self.mentions,
            "spans": [list(span) for span in self.spans],
        }

    @classmethod
    def from_json(cls, data: dict) -> Entity:
        return cls(
            name=data["name"],
            type=data["type"],
            aliases=tuple(data["aliases"]),
            spans=tuple((int(a), int(b)) for a, b in data["spans"]),
        )


@dataclass(frozen=True)
class Quote:
    """Text between quotation marks; ``start``/``end`` exclude the marks."""

    text: str
    speaker: str | None
    kind: str  # one of QUOTE_KINDS
    start: int
    end: int

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, data: dict) -> Quote:
        return cls(
            text=data["text"],
            speaker=data["speaker"],
            kind=data["kind"],
            start=int(data["start"]),
            end=int(data["end"]),
        )


@dataclass(frozen=True)
class Analysis:
    """The result of analysing one article's text.

    ``body`` is the cleaned text: the paragraphs joined by a blank line.
    """

    title: str | None
    source: str | None
    date: str | None  # ISO 8601: "2023-03-01", "2023-03" or "2023"; None if unstated
    author: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[str, ...]
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_json(self, path: str | None = None) -> dict:
        return {
            "path": path,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "author": self.author,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "removed": list(self.removed),
            "entities": [entity.to_json() for entity in self.entities],
            "quotes": [quote.to_json() for quote in self.quotes],
        }

    @classmethod
    def from_json(cls, data: dict) -> Analysis:
        return cls(
            title=data["title"],
            source=data["source"],
            date=data["date"],
            author=data["author"],
            paragraphs=tuple(data["paragraphs"]),
            removed=tuple(data["removed"]),
            entities=tuple(Entity.from_json(e) for e in data["entities"]),
            quotes=tuple(Quote.from_json(q) for q in data["quotes"]),
        )


@dataclass(frozen=True)
class ArticleMeta:
    """What the article list needs: metadata only, never the body."""

    id: str
    title: str
    source: str | None
    date: str | None
    author: str | None
    content_hash: str
    origin: str  # where the text came from: a file path or "sample:<name>"
    added: float  # Unix time the article entered the library
    read: bool = False

    @property
    def sort_key(self) -> tuple[str, float]:
        return (self.date or "", self.added)


@dataclass
class ImportReport:
    """Counts for ``byline import``: what was added, skipped and refused."""

    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
