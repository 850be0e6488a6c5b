"""Highlights and notes: what a reader keeps from an article.

An ``Annotation`` is a highlight (with an optional note) anchored to a passage,
or a note on a whole article (``anchor`` is None). It carries the article's
title, source and date so that lists and exports never need the article itself.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass, field, replace

from .anchor import TextAnchor

COLOURS = (1, 2, 3, 4)
_TAG = re.compile(r"(?<![\w#])#([^\W_][\w-]*)", re.UNICODE)


def tags_in(note: str) -> tuple[str, ...]:
    """``#words`` in a note, lower-cased, in order of first use."""
    seen: dict[str, None] = {}
    for match in _TAG.finditer(note):
        seen.setdefault(match.group(1).casefold(), None)
    return tuple(seen)


@dataclass(frozen=True)
class ArticleRef:
    id: str
    title: str
    source: str | None
    date: str | None


@dataclass(frozen=True)
class Annotation:
    id: str
    article: ArticleRef
    content_hash: str  # of the text the anchor was made on
    anchor: TextAnchor | None  # None: a note on the whole article
    colour: int = 1
    note: str = ""
    speaker: str | None = None  # who said the passage, when it is an attributed quote
    orphan: bool = False  # its text was not found in the article's current version
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)

    @property
    def tags(self) -> tuple[str, ...]:
        return tags_in(self.note)

    @property
    def is_highlight(self) -> bool:
        return self.anchor is not None

    @property
    def text(self) -> str:
        return self.anchor.exact if self.anchor else ""

    def edited(self, **changes) -> Annotation:
        return replace(self, updated=time.time(), **changes)

    def to_doc(self) -> dict:
        anchor = self.anchor
        return {
            "id": self.id,
            "article": vars(self.article).copy(),
            "content_hash": self.content_hash,
            "anchor": None if anchor is None else vars(anchor).copy(),
            "colour": self.colour,
            "note": self.note,
            "speaker": self.speaker,
            "orphan": self.orphan,
            "created": self.created,
            "updated": self.updated,
        }

    @classmethod
    def from_doc(cls, doc: dict) -> Annotation:
        anchor = doc.get("anchor")
        return cls(
            id=doc["id"],
            article=ArticleRef(**doc["article"]),
            content_hash=doc["content_hash"],
            anchor=None if anchor is None else TextAnchor(**anchor),
            colour=int(doc.get("colour", 1)),
            note=doc.get("note", ""),
            speaker=doc.get("speaker"),
            orphan=bool(doc.get("orphan", False)),
            created=float(doc["created"]),
            updated=float(doc["updated"]),
        )


def new_annotation(
    article: ArticleRef,
    content_hash: str,
    anchor: TextAnchor | None,
    colour: int = 1,
    note: str = "",
    speaker: str | None = None,
) -> Annotation:
    return Annotation(
        id=uuid.uuid4().hex,
        article=article,
        content_hash=content_hash,
        anchor=anchor,
        colour=colour,
        note=note,
        speaker=speaker,
    )
