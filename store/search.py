"""Matching the list filter's words against an article's title and body."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w[\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class SearchQuery:
    """Every word of the query must occur in the text, case-insensitively.

    Apostrophes are folded so that "Halcyon's" matches "Halcyon’s".
    """

    words: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        return cls(tuple(fold(word) for word in _WORD.findall(text)))

    @property
    def empty(self) -> bool:
        return not self.words

    def matches(self, text: str) -> bool:
        if not self.words:
            return True
        folded = fold(text)
        return all(word in folded for word in self.words)


def fold(text: str) -> str:
    """Case- and apostrophe-insensitive form for matching typed words against text."""
    return text.casefold().replace("’", "'")
