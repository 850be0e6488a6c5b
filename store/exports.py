"""A read-later app's Markdown export: the app's metadata list and the reader's highlights over the page.

Readwise (and its Reader app) exports a document as

    # Title
    ![rw-book-cover](https://...)
    ## Metadata
    - Author: [[Ghinwa Tarraf]]
    - Full Title: ...
    - Category: #articles
    - Published Date: 2025-10-08
    - URL: https://...
    ## Highlights
    - A sentence the reader marked. ([View Highlight](https://read.readwise.io/...))
        - Note: what the reader wrote under it
    ## Full Document
    ...the page as the app saved it...

The metadata list is the article's own metadata, read as front matter is. Under "Full Document" the
page itself follows, and everything above it (highlights repeat the page's sentences) is the app's; an
export of highlights alone has no other text, so its highlights stay, without their links back.

Omnivore puts the reader's highlights under the page instead, each a "> ..." passage with a link back
("[⤴️](https://omnivore.app/...)") and perhaps a "Note: ..." the reader wrote; a Zotero item brought
into Obsidian puts its "## Annotations" over a "## Full text" heading and the page under it.
``highlight_sections`` finds those sections, which repeat the page and are no part of it, and ``callouts``
the Obsidian boxes ("> [!info] Citation") a note-taker writes around the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.clean import WIKI_LINK_RE, Line
from store.frontmatter import FrontMatter, page_url

_SEARCH_LINES = 12  # how far down the "## Metadata" heading may come (under the title and the cover)
# "- Author: [[Ghinwa Tarraf]]", "- Full Title: ...", "- URL: https://..."
_FIELD_RE = re.compile(r"^\s*[-*]\s+(?P<key>[A-Z][A-Za-z ]{1,20}):\s*(?P<value>.*)$")
_EXPORT_KEYS = frozenset({"author", "full title", "title", "category", "url", "published date", "document tags"})
# " ([View Highlight](https://...))", " ([Location 1234](kindle://...))": the link back to the app
_HIGHLIGHT_LINK_RE = re.compile(r"\s*\(\[(?:View Highlight|Location \d+|Page \d+)\]\([^)\s]*\)\)\s*$")
_HIGHLIGHT_LINK_TEXT_RE = re.compile(r"\s*\((?:View Highlight|Location \d+|Page \d+)\)$")  # the same, as read
# The reader's note or tags under a highlight, indented under its bullet
_HIGHLIGHT_NOTE_RE = re.compile(r"^\s+[-*]\s+(?:Note|Tags):")


@dataclass(frozen=True)
class ReadwiseExport:
    """What a Readwise export's list says, and which of its lines are the app's rather than the page's."""

    front: FrontMatter  # the metadata; its ``lines`` are the app's, over the page
    notes: frozenset[int]  # the reader's notes under highlights, in an export of highlights alone
    highlights: dict[int, Line]  # such an export's highlights, rewritten without their links back


def readwise_export(lines: list[Line]) -> ReadwiseExport | None:
    """The Readwise export these lines are, or None for any other text."""
    start = next(
        (ln.index for ln in lines[:_SEARCH_LINES] if ln.heading and ln.level == 2 and ln.text == "Metadata"), None
    )
    if start is None:
        return None
    fields: dict[str, str] = {}
    end = start
    for line in lines[start + 1:]:
        found = _FIELD_RE.match(line.raw)
        if found is None:
            if line.text:
                break
            continue
        fields[found["key"].casefold()] = found["value"].strip()
        end = line.index
    if len(fields.keys() & _EXPORT_KEYS) < 2 or not ("full title" in fields or "url" in fields):
        return None
    full_document = next((ln.index for ln in lines[end + 1:] if ln.heading and ln.text == "Full Document"), None)
    if full_document is not None:
        chrome = frozenset(range(full_document + 1))  # the title, cover, metadata and highlights over the page
    else:
        # (the title over the list stays the page's headline; the cover image is the app's)
        chrome = frozenset(ln.index for ln in lines[:end + 1] if ln.index >= start or ln.image)
    front = FrontMatter(
        lines=chrome,
        title=fields.get("full title") or fields.get("title") or None,
        date=fields.get("published date") or None,
        author=WIKI_LINK_RE.sub(r"\1", fields.get("author", "")).strip() or None,
        url=page_url(fields.get("url")),
    )
    notes: set[int] = set()
    highlights: dict[int, Line] = {}
    if full_document is None:
        for line in lines[end + 1:]:
            if _HIGHLIGHT_NOTE_RE.match(line.raw):
                notes.add(line.index)
            elif line.bullet and (link := _HIGHLIGHT_LINK_RE.search(line.raw)):
                text = _HIGHLIGHT_LINK_TEXT_RE.sub("", line.text)
                highlights[line.index] = replace(line, raw=line.raw[: link.start()], text=text, word_count=-1)
    return ReadwiseExport(front, frozenset(notes), highlights)


# " [⤴️](https://omnivore.app/me/...#...)": a highlight's link back to the passage in the app;
# "([Snapshot](zotero://open-pdf/...))" on its own line, as Zotero's annotations link back to the saved page
_LINK_BACK_RE = re.compile(
    r"\[(?:⤴️?|↗️?|🔗|View Highlight|Open|Link|Snapshot|PDF|Page \d+)\]\((?:https?|zotero)://[^)\s]+\)\)?\s*$"
)
_HIGHLIGHT_HEADINGS = frozenset({"highlights", "my highlights", "annotations", "highlights and notes"})
# The heading an export puts over the saved page itself, once the highlights above it end
PAGE_HEADINGS = frozenset({"full text", "full document", "snapshot", "page", "article", "original article"})
# What the reader wrote under a highlight
_READER_NOTE_PREFIXES = ("Note:", "Tags:", "- Note:", "Comment:")
# "> [!info] Citation": an Obsidian callout, the note-taker's box (a page's own text never writes one)
_CALLOUT_RE = re.compile(r">\s*\[!\w+\][+-]?(?:\s|$)")


def highlight_sections(lines: list[Line]) -> frozenset[int]:
    """The reader's highlights sections: a "## Highlights" (or "## Annotations") heading with the passages
    under it, each linked back to the app, and the notes the reader wrote under them. Omnivore puts the
    section under the page; Zotero's notes put it over a "## Full text" heading, whose page follows and
    which goes with it. A section counts only when every line in it is one of those."""
    found: set[int] = set()
    for heading in lines:
        if not (heading.heading and heading.level >= 2 and heading.text.casefold() in _HIGHLIGHT_HEADINGS):
            continue
        linked, end = 0, len(lines)
        for line in lines[heading.index + 1:]:
            if line.heading and line.level <= heading.level:
                # (the section ends at the next heading of its rank, and a "## Full text" over the page goes with it)
                end = line.index + 1 if line.text.casefold() in PAGE_HEADINGS else line.index
                break
            if not line.text:
                continue
            if _LINK_BACK_RE.search(line.raw) and (line.block_quote or line.bullet or line.raw.startswith("(")):
                linked += 1
            elif not (line.block_quote or line.raw.lstrip().startswith(_READER_NOTE_PREFIXES)):
                linked = 0  # a line of the page's own under the heading: the page's section, not the reader's
                break
        if linked:
            found.update(range(heading.index, end))
    return frozenset(found)


def callouts(lines: list[Line]) -> frozenset[int]:
    """The lines of Obsidian callouts ("> [!info] Citation" and the "> " lines under it): the note-taker's
    boxes around a saved page."""
    found: set[int] = set()
    inside = False
    for line in lines:
        inside = line.block_quote and (inside or bool(_CALLOUT_RE.match(line.raw.lstrip())))
        if inside:
            found.add(line.index)
    return frozenset(found)
