"""The units a reader's cursor moves by: sentences, paragraphs, words.

Pure offsets into an article body, shared by the reader widget and its tests.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .sentences import sentence_starts

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Units:
    """Sentence and paragraph spans of a body, in order, whitespace trimmed."""

    sentences: tuple[tuple[int, int], ...]
    paragraphs: tuple[tuple[int, int], ...]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (or the last one before it)."""
        starts = [start for start, _ in self.sentences]
        return max(bisect_right(starts, offset) - 1, 0)

    def paragraph_of(self, sentence: int) -> int:
        start = self.sentences[sentence][0]
        starts = [s for s, _ in self.paragraphs]
        return max(bisect_right(starts, start) - 1, 0)

    def first_sentence_of(self, paragraph: int) -> int:
        return self.sentence_at(self.paragraphs[paragraph][0])


def text_units(paragraphs: tuple[str, ...] | list[str]) -> Units:
    sentences: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in paragraphs:
        spans.append((offset, offset + len(paragraph)))
        bounds = sorted({s for s in sentence_starts(paragraph) if s < len(paragraph)} | {0}) + [len(paragraph)]
        for start, end in zip(bounds, bounds[1:]):
            piece = paragraph[start:end]
            stripped_end = start + len(piece.rstrip())
            stripped_start = start + (len(piece) - len(piece.lstrip()))
            if stripped_end > stripped_start:
                sentences.append((offset + stripped_start, offset + stripped_end))
        offset += len(paragraph) + 2
    return Units(tuple(sentences), tuple(spans))


def next_word_end(body: str, offset: int) -> int:
    """The end of the word after ``offset`` (for growing a selection by a word)."""
    match = _WORD.search(body, offset + 1 if offset < len(body) and not body[offset].isspace() else offset)
    if match is None:
        return len(body)
    return match.end() if match.end() > offset else offset


def previous_word_end(body: str, offset: int, floor: int) -> int:
    """The end of the word before the one ending at ``offset``, never below ``floor``."""
    ends = [m.end() for m in _WORD.finditer(body, floor, offset) if m.end() < offset]
    return ends[-1] if ends else offset
