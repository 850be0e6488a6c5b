"""A page clipped into a note app and exported as Markdown, with what the reader added to it.

Notion's Web Clipper saves the page under its title, and "Export > Markdown & CSV" writes the
page's properties under the title ("Created: May 8, 2025 8:41 AM", "Tags: Business", "URL: https://...")
before the page itself; a callout the reader added is an "<aside>" block, a toggle a "- Heading" with
its lines indented under it. Bear writes the title, a line of the note's tags ("#news/liberia #mining")
and the page's address, and the reader's own notes under a closing rule ("---", "My notes").

``note_page`` reads the header as the page's front matter and says which lines the reader added.

OneNote, copied out as text, opens with the page's title, the day and the time it was made ("Tuesday, 10
June 2025" over "09:14"); a paste from the web ends with "Pasted from <https://...>", and what the reader
typed under it is theirs. ``onenote_page`` reads that page the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.chat_exports import CLOCK_RX
from store.clean import Line
from store.frontmatter import FrontMatter, page_url
from store.lexicon import WEEKDAYS
from store.metadata import find_date

# "Created: May 8, 2025 8:41 AM", "URL: https://...": a Notion page's property, as its export writes it
_PROPERTY_RE = re.compile(r"(?P<key>[A-Z][A-Za-z ]{1,24}):\s+(?P<value>\S.*)")
_PROPERTY_KEYS = frozenset({
    "created", "created time", "last edited", "last edited time", "tags", "url", "source", "author", "date",
    "published", "status", "type", "category",
})
_MIN_PROPERTIES = 2
# "#news/liberia #mining": a Bear note's tags, and nothing else on the line
_TAG_LINE_RE = re.compile(r"#[\w/-]+(?:\s+#[\w/-]+)*")
_ASIDE_OPEN, _ASIDE_CLOSE = "<aside>", "</aside>"
# "- Background" over its indented lines: a toggle, its head a few words with no sentence's end
_TOGGLE_HEAD_RE = re.compile(r"[-*] [\w’'&/-]+(?: [\w’'&/-]+){0,3}")
_INDENT = ("    ", "\t")
# the reader's own section under the page: "My notes", "Personal notes", "My thoughts"
_READER_HEADING_RE = re.compile(r"(?:#{1,6}\s+)?(?:my|personal|reader(?:’s|'s)?) (?:notes|thoughts|comments):?", re.IGNORECASE)


@dataclass(frozen=True)
class NotePage:
    """What a note app's export says about the page it holds, and the lines the reader added."""

    front: FrontMatter
    notes: frozenset[int]  # callouts, toggles and the reader's own section


def note_page(lines: list[Line]) -> NotePage | None:
    """The Notion or Bear note these lines are, or None."""
    if len(lines) < 4 or not lines[0].raw.startswith("# "):
        return None
    title = lines[0].raw[2:].strip() or None
    header = _notion_properties(lines) or _bear_header(lines)
    if header is None:
        return None
    end, fields = header
    front = FrontMatter(
        lines=frozenset(range(end + 1)),
        title=title,
        date=fields.get("date") or fields.get("published"),
        author=fields.get("author"),
        clipped=fields.get("created") or fields.get("created time"),
        url=page_url(fields.get("url") or fields.get("source")),
    )
    return NotePage(front, frozenset(_asides(lines) | _toggles(lines) | _reader_section(lines)))


def _notion_properties(lines: list[Line]) -> tuple[int, dict[str, str]] | None:
    """The property lines under a Notion page's title: where they end, and what they say."""
    fields: dict[str, str] = {}
    end = 0
    for line in lines[1:12]:
        raw = line.raw.strip()
        if not raw:
            if fields:
                break
            continue
        found = _PROPERTY_RE.fullmatch(raw)
        if found is None or found.group("key").casefold() not in _PROPERTY_KEYS:
            return None
        fields[found.group("key").casefold()] = found.group("value").strip()
        end = line.index
    if len(fields) < _MIN_PROPERTIES or not fields.keys() & {"created", "created time", "url"}:
        return None
    return end, fields


def _bear_header(lines: list[Line]) -> tuple[int, dict[str, str]] | None:
    """A Bear note's tag line under its title, and the page's address under that."""
    if not _TAG_LINE_RE.fullmatch(lines[1].raw.strip()):
        return None
    url = page_url(lines[2].raw.strip())
    return (2, {"url": url}) if url else (1, {})


def _asides(lines: list[Line]) -> set[int]:
    found: set[int] = set()
    opened: int | None = None
    for line in lines:
        raw = line.raw.strip()
        if raw == _ASIDE_OPEN:
            opened = line.index
        elif raw == _ASIDE_CLOSE and opened is not None:
            found.update(range(opened, line.index + 1))
            opened = None
    return found


def _toggles(lines: list[Line]) -> set[int]:
    found: set[int] = set()
    for line in lines[:-1]:
        if not _TOGGLE_HEAD_RE.fullmatch(line.raw.rstrip()):
            continue
        inner = []
        for below in lines[line.index + 1:]:
            if not below.raw.startswith(_INDENT) or not below.raw.strip() or below.raw.lstrip()[:2] in ("- ", "* "):
                break
            inner.append(below.index)
        if inner:
            found.update([line.index, *inner])
    return found


def _reader_section(lines: list[Line]) -> set[int]:
    """"---" then "My notes" and the reader's lines, at the foot of the page."""
    for line in lines[max(1, len(lines) * 2 // 3):]:
        if _READER_HEADING_RE.fullmatch(line.raw.strip()):
            above = next((ln for ln in reversed(lines[:line.index]) if ln.raw.strip()), None)
            start = above.index if above is not None and above.rule else line.index
            return {ln.index for ln in lines[start:] if ln.raw.strip()}
    return set()


# "09:14", "9:14 AM": the time OneNote made the page, on the line under its day
_CLOCK_LINE_RE = re.compile(CLOCK_RX)
# "Pasted from <https://www.chronicle.gi/...>": OneNote's note of where a paste came from
_PASTED_FROM_RE = re.compile(r"Pasted from\s*<?(?P<url>https?://[^>\s]+)>?")
_MAX_TITLE_WORDS = 24


def onenote_page(lines: list[Line]) -> NotePage | None:
    """The OneNote page, copied out as text, that these lines are, or None."""
    texts = [line for line in lines[:4] if line.raw.strip()]
    if len(texts) < 3 or texts[0].index != 0 or not 0 < texts[0].word_count <= _MAX_TITLE_WORDS:
        return None
    day, clock = texts[1], texts[2]
    found = find_date(day.raw.strip())
    lead = day.raw.strip()[:found.start].strip(" ,").lower() if found else ""
    if found is None or found.end < len(day.raw.strip()) - 2 or lead and lead not in WEEKDAYS:
        return None  # ("Tuesday, 10 June 2025": a day, with its weekday at most)
    if not _CLOCK_LINE_RE.fullmatch(clock.raw.strip()):
        return None
    pasted = next((line for line in lines if _PASTED_FROM_RE.fullmatch(line.raw.strip())), None)
    front = FrontMatter(
        lines=frozenset(range(clock.index + 1)),
        title=texts[0].raw.strip(),
        clipped=day.raw.strip(),
        url=page_url(_PASTED_FROM_RE.fullmatch(pasted.raw.strip()).group("url")) if pasted else None,
    )
    under = {line.index for line in lines[pasted.index:] if line.raw.strip()} if pasted else set()
    return NotePage(front, frozenset(under))
