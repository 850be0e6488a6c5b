"""A shared document's comments: an article pasted into a Google Doc, commented on, and downloaded as
plain text.

Google Docs writes each comment's anchor where it was made, glued to the word or quote mark it marks
("Seven Mile Fund Services[a]", "...a job.”[b]"), and the comments themselves at the very end, one a
line, each opened by its anchor ("[a]Keisha Rivers: is this the same fund ...?"). ``document_comments``
finds those closing lines, which are colleagues' remarks and no part of the story, and gives back the
lines that hold anchors with the anchors taken out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.clean import Line

# "[a]Keisha Rivers: is this the same fund ...": a comment, under its anchor's letters
_COMMENT_RE = re.compile(r"\[([a-z]{1,2})\]\S")
_ANCHOR_RE = re.compile(r"\[([a-z]{1,2})\]")


@dataclass(frozen=True)
class DocumentComments:
    """The comments closing the document, and its lines read without the anchors."""

    lines: frozenset[int]  # the comments
    anchored: dict[int, Line]  # the lines that held anchors, without them


def document_comments(lines: list[Line]) -> DocumentComments | None:
    """The comments a Google Doc's plain-text download closes with, or None when it has none."""
    comments: dict[str, int] = {}
    for line in reversed(lines):
        if not line.raw.strip():
            if comments:
                break
            continue
        found = _COMMENT_RE.match(line.raw.strip())
        if found is None:
            break
        comments[found.group(1)] = line.index
    if not comments:
        return None
    # (the letters run "a", "b", "c" from the first comment: no page's footnotes or list of options)
    labels = sorted(comments, key=lambda label: comments[label])
    if labels != [_label(n) for n in range(len(labels))]:
        return None
    first = min(comments.values())
    anchored: dict[int, Line] = {}
    seen: set[str] = set()
    for line in lines[:first]:
        if "[" in line.text and (found := _ANCHOR_RE.findall(line.text)) and set(found) <= comments.keys():
            seen.update(found)
            anchored[line.index] = replace(line, text=_ANCHOR_RE.sub("", line.text), word_count=-1)
    if seen != comments.keys():
        return None  # (each comment's anchor is somewhere in the text above)
    return DocumentComments(frozenset(comments.values()), anchored)


def _label(n: int) -> str:
    """Google Docs' comment labels: "a" to "z", then "aa", "ab", ..."""
    return chr(ord("a") + n) if n < 26 else chr(ord("a") + n // 26 - 1) + chr(ord("a") + n % 26)
