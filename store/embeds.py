"""Posts embedded in a story as a page shows them: a display name, an @handle, the text, a time stamp.

    Teo Brandvold
    @teobrandvold
    Eighteen months ago she posted this ...
    Quote
    Mars Quintero
    @marsbuilds
    ·
    Sep 14, 2023
    someday Draft will write better commit messages than me.
    1:17 PM · Mar 3, 2025
    86K Views

The text is the story's (the poster's words), and so are the name and handle over it, which say
whose words they are (as a "— Name (@handle) Date" signature under a post does); the date, "Quote"
and counts are the embed's chrome. A name and handle with no stamp, count or "Quote" after them
are a writer's card, not a post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import Line, is_counter
from store.sentences import ends_terminal

_HANDLE_LINE_RE = re.compile(r"^@\w{1,30}$")
# "·" and "Sep 14, 2023" between a quoted post's handle and its text
_HEADER_TAIL_RE = re.compile(r"^(?:·|·?\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)$")
# "12:04 PM · Mar 3, 2025" under the text
_STAMP_RE = re.compile(r"^\d{1,2}:\d{2}\s?[AP]M\s*·\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:\s*·.{0,40})?$")
_QUOTE_LABEL = "Quote"
_MAX_TEXT_LINES = 6


@dataclass(frozen=True)
class EmbeddedPost:
    """One post: who posted it (as the embed names them), its handle's line and its first line of text."""

    name: str
    name_line: int
    handle_line: int
    first_line: int


def _footer(text: str) -> bool:
    # (and its counts: "1.2M Views", "4.8K Likes")
    return bool(_STAMP_RE.match(text)) or is_counter(text) or text == _QUOTE_LABEL


_THREAD_CONTROL_RE = re.compile(r"^(?:sort by\b.*|\d[\d,.]*[KkM]?\s+comments?|comments|replies|top comments|newest first)$", re.IGNORECASE)


def embedded_posts(lines: list[Line]) -> tuple[list[EmbeddedPost], set[int]]:
    """The posts embedded in the page, and the lines of their chrome (stamps, "Quote", counts)."""
    texts = [line for line in lines if line.text]
    posts: list[EmbeddedPost] = []
    chrome: set[int] = set()
    for pos, handle in enumerate(texts[1:], 1):
        name = texts[pos - 1]
        if not _HANDLE_LINE_RE.match(handle.text) or name.word_count > 5 or ends_terminal(name.text) or not name.text[:1].isupper():
            continue
        if _THREAD_CONTROL_RE.match(name.text):
            continue  # "Sort by" over a commenter's handle: the comment thread's control, not a poster's name
        header = []  # ("·", "Sep 14, 2023": a quoted post's date)
        first = pos + 1
        while first < len(texts) and _HEADER_TAIL_RE.match(texts[first].text):
            header.append(texts[first].index)
            first += 1
        end = first
        while end < len(texts) and end - first < _MAX_TEXT_LINES and not _footer(texts[end].text) and not (
            end + 1 < len(texts) and _HANDLE_LINE_RE.match(texts[end + 1].text)
        ):
            end += 1
        if end == first or end >= len(texts) or not _footer(texts[end].text):
            continue  # a writer's card over the story, "Jane Roe" / "@janeroe": no post follows
        chrome.update(header)
        posts.append(EmbeddedPost(name.text, name.index, handle.index, texts[first].index))
        while end < len(texts) and _footer(texts[end].text):
            chrome.add(texts[end].index)
            end += 1
    return posts, chrome
