"""An outliner's page: an article pasted into Logseq and exported as Markdown.

Logseq writes the page's properties first ("title:: ...", "source:: https://...", "author:: [[Name]]",
"published:: [[Jun 12th, 2025]]"), then every paragraph as a block ("- ..."), a heading as "- ## ...",
and what the reader wrote under a paragraph as a block nested under it ("\t- TODO ask ...", "\t- my note:
..."). ``outline_page`` reads the properties as the page's front matter, makes the "- ## " block a heading
again, joins a paragraph Logseq split into two blocks mid-sentence, and marks the reader's own nested
blocks as no part of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.clean import Line, unlinked
from store.frontmatter import FrontMatter, page_url
from store.sentences import ends_terminal

# "title:: Longbird Re lines up ...": a page property, as Logseq writes it
_PROPERTY_RE = re.compile(r"([A-Za-z][\w-]*)::\s*(.*)")
_BLOCK_RE = re.compile(r"(\s*)- (.*)")
_HEADING_BLOCK_RE = re.compile(r"(#{1,6})\s+(.+)")
# A block the reader wrote: a task ("TODO ask ...", "LATER", "DONE") or a note ("my note: ...", "NB: ...")
_READER_BLOCK_RE = re.compile(
    r"(?:(?:TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED)\b|(?:my\s+)?notes?:|nb:|comment:|q:)", re.I
)
_TITLE_KEYS = ("title",)
_URL_KEYS = ("source", "url", "link", "original-url")
_AUTHOR_KEYS = ("author", "authors", "by")
_DATE_KEYS = ("published", "date", "date-published", "publish-date")
# How much of the page must be blocks for it to be an outline, not a page that opens with "key:: value"
_BLOCK_SHARE = 0.6


@dataclass(frozen=True)
class OutlinePage:
    """What an exported outline says about its page, and the lines read again."""

    front: FrontMatter  # the page's properties
    lines: dict[int, Line]  # lines to read as given: "- ## Headline" a heading, a split paragraph's second half
    notes: frozenset[int]  # the reader's own blocks


def outline_page(lines: list[Line]) -> OutlinePage | None:
    """The Logseq page these lines are, or None."""
    fields: dict[str, str] = {}
    end = 0
    for line in lines[:20]:
        found = _PROPERTY_RE.fullmatch(line.raw.strip())
        if found is None:
            break
        fields[found.group(1).casefold()] = found.group(2).strip()
        end = line.index + 1
    if len(fields) < 2 or not fields.keys() & {*_TITLE_KEYS, *_URL_KEYS}:
        return None
    texts = [line for line in lines[end:] if line.raw.strip()]
    blocks = [line for line in texts if _BLOCK_RE.fullmatch(line.raw.rstrip())]
    if not texts or len(blocks) < _BLOCK_SHARE * len(texts):
        return None
    front = FrontMatter(
        lines=frozenset(range(end)),
        title=_field(fields, _TITLE_KEYS),
        date=_field(fields, _DATE_KEYS),
        author=_field(fields, _AUTHOR_KEYS),
        url=next((url for key in _URL_KEYS if (url := page_url(fields.get(key)))), None),
    )
    read_again: dict[int, Line] = {}
    notes: set[int] = set()
    previous: Line | None = None
    for line in blocks:
        indent, content = _BLOCK_RE.fullmatch(line.raw.rstrip()).groups()
        if indent:
            if _READER_BLOCK_RE.match(content):
                notes.add(line.index)
            continue
        if heading := _HEADING_BLOCK_RE.fullmatch(content):
            read_again[line.index] = replace(
                line, text=line.text.lstrip("# "), heading=True, level=len(heading.group(1)), bullet=False
            )
        elif previous is not None and line.text[:1].islower() and not ends_terminal(previous.text):
            # "... had never looked at" / "- and the collateral is what brought them": one paragraph, two blocks
            read_again[line.index] = replace(line, bullet=False)
        previous = line
    return OutlinePage(front, read_again, frozenset(notes))


def _field(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    value = next((fields[key] for key in keys if fields.get(key)), None)
    if value is None:
        return None
    # ("author:: [[Owain Darrell]]", "published:: [[Jun 12th, 2025]]": links to the reader's own pages)
    return unlinked(value).strip() or None
