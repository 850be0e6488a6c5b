"""Word-wrap an article body into screen lines that remember their body offsets.

The reader paints with the Line API: each visual line is a slice ``[start, end)``
of the body, so styled spans (quotes, entity mentions, later highlights and a
cursor) are drawn by intersecting offsets, never by re-parsing text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*")

BLANK = (-1, -1)


@dataclass(frozen=True)
class BodyLayout:
    """Visual lines of a body at one width; ``BLANK`` separates paragraphs."""

    width: int
    lines: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]  # per line, the body offset it starts at (a blank: the one before)

    def line_of_offset(self, offset: int) -> int:
        """Index of the visual line that shows body ``offset``."""
        return max(bisect_right(self.starts, offset) - 1, 0)


def layout_body(paragraphs: tuple[str, ...] | list[str], width: int) -> BodyLayout:
    """Wrap paragraphs (joined in the body by blank lines) to ``width`` cells."""
    width = max(width, 10)
    lines: list[tuple[int, int]] = []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        if index:
            lines.append(BLANK)
        lines.extend(wrap_offsets(paragraph, width, offset))
        offset += len(paragraph) + 2  # the "\n\n" between paragraphs
    starts: list[int] = []
    previous = 0
    for start, end in lines:
        if (start, end) == BLANK:
            starts.append(previous)
        else:
            starts.append(start)
            previous = end
    return BodyLayout(width, tuple(lines), tuple(starts))


def wrap_offsets(text: str, width: int, base: int = 0) -> list[tuple[int, int]]:
    """Greedy word wrap; returns ``(start, end)`` per line, trailing spaces excluded."""
    lines: list[tuple[int, int]] = []
    line_start = None
    line_end = 0
    used = 0
    for match in _WORD.finditer(text):
        word = match.group().rstrip()
        word_start, word_end = match.start(), match.start() + len(word)
        cells = cell_len(word) if not word.isascii() else len(word)
        if line_start is not None and used + cells <= width:
            line_end = word_end
            used = _cells_to(text, line_start, match.end())
            continue
        if line_start is not None:
            lines.append((base + line_start, base + line_end))
        # A word wider than the line is cut into pieces that fit.
        while cells > width:
            cut = _fit(text, word_start, word_end, width)
            lines.append((base + word_start, base + cut))
            word_start = cut
            cells = cell_len(text[word_start:word_end])
        line_start, line_end = word_start, word_end
        used = _cells_to(text, line_start, match.end())
    if line_start is not None:
        lines.append((base + line_start, base + line_end))
    return lines


def _cells_to(text: str, start: int, end: int) -> int:
    chunk = text[start:end]
    return len(chunk) if chunk.isascii() else cell_len(chunk)


def _fit(text: str, start: int, end: int, width: int) -> int:
    used = 0
    for position in range(start, end):
        used += cell_len(text[position])
        if used > width:
            return max(position, start + 1)
    return end
