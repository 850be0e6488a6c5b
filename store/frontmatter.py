"""Front matter: the block of metadata a static site's Markdown page opens with.

Jekyll, Hugo, Astro and Docusaurus pages open with YAML between ``---``
lines; Hugo and Zola also take TOML between ``+++`` lines. The block holds
the page's title, date and authors, which are the article's own metadata,
and it is never part of the story. ``front_matter`` reads it with a real
parser (PyYAML's safe loader, the standard library's ``tomllib``), so quoted
titles, lists of authors and typed dates come out as their authors wrote them.
``note_header`` reads the "Created at:" / "Source:" fields a note-taking app's export writes under the note's
title the same way. ``reader_service_header`` reads the plain "Title:" / "URL Source:" / "Published Time:" header a reader service
writes over the page it fetched as the same kind of block, and ``printed_fields_header`` the "TITLE:" /
"AUTHORS:" / "PUBLISH DATE:" lines a scraping script (newspaper3k's users print these) writes over the text.
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from store.clean import WIKI_LINK_RE, Line

# How far down the closing fence may be: a longer block is a page that opens with a rule.
_MAX_LINES = 80
_TITLE_KEYS = ("title", "headline")
# ("date_clipped", and the Obsidian clipper's "created", are when the reader saved the page, never the story's date)
_DATE_KEYS = (
    "date", "published", "pubdate", "publishdate", "publish_date", "date_published", "date_posted", "posted"
)
# When the reader saved the page, never when it was published
CLIPPED_KEYS = ("created", "clipped", "date_clipped", "saved", "accessed")
# A title that is only a file's name, as a clipper takes it from a page with none: "hlvx-20250303", "8k_2025.htm"
_FILE_NAME_RE = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+")
# ("creators": a Zotero item's, as a note-taking app's import of it writes them, "- Barbé, Rose-Marie")
_AUTHOR_KEYS = ("authors", "author", "by", "byline", "creators")
# Who publishes the page: a site's name, or the court or body whose own summary it is
# (or a video's channel: "channel: Founders Ledger" over a clipped YouTube page; a Zotero item's
# "publicationTitle" or "websiteTitle", and CSL's "container-title")
_PUBLISHER_KEYS = (
    "publisher", "publication", "site_name", "sitename", "court", "organisation", "organization", "channel",
    "publicationtitle", "websitetitle", "container-title",
)

# The page's own address: the Obsidian clipper's "source", a static site's "url" or "canonical"
_URL_KEYS = ("source", "url", "link", "canonical", "canonical_url", "original_url", "permalink")


@dataclass(frozen=True)
class FrontMatter:
    """What a page's front matter says, and which lines it took."""

    lines: frozenset[int]  # the block, fences included
    title: str | None = None
    date: str | None = None  # ISO "2024-04-02", or the text as written when it is not a date object
    author: str | None = None  # "Ana Ruiz", "Ana Ruiz and Kofi Mensah"
    publisher: str | None = None  # "The Harbour Ledger", "The Supreme Court"
    clipped: str | None = None  # when the reader saved the page ("created: 2025-05-27")
    url: str | None = None  # the page's address ("source: https://www.wsj.com/...", as a clipper writes it)


def front_matter(lines: list[Line]) -> FrontMatter | None:
    """The front matter these lines open with, or None when they open with none."""
    if not lines:
        return None
    fence = lines[0].raw.strip().lstrip("\ufeff")
    if fence not in ("---", "+++"):
        return None
    closers = ("---", "...") if fence == "---" else ("+++",)
    end = next((ln.index for ln in lines[1:_MAX_LINES] if ln.raw.strip() in closers), None)
    if end is None:
        return None
    fields = _parse("\n".join(ln.raw for ln in lines[1:end]), toml=fence == "+++")
    if not fields:
        return None
    fields = {str(key).casefold(): value for key, value in fields.items()}
    if not any(key in fields for key in (*_TITLE_KEYS, *_DATE_KEYS, *_AUTHOR_KEYS, *CLIPPED_KEYS)):
        return None
    title = _text(_first(fields, _TITLE_KEYS))
    return FrontMatter(
        lines=frozenset(range(end + 1)),
        title=None if title and _FILE_NAME_RE.fullmatch(title) else title,  # "hlvx-20250303": the file's name
        date=_date(_first(fields, _DATE_KEYS)),
        author=_authors(_first(fields, _AUTHOR_KEYS)),
        publisher=_publisher(_first(fields, _PUBLISHER_KEYS)),
        clipped=_date(_first(fields, CLIPPED_KEYS)),
        url=next((url for key in _URL_KEYS if (url := page_url(fields.get(key)))), None),
    )


# A reader service's header over the page it fetched ("Title: …", "URL Source: …", "Published Time: …",
# "Markdown Content:"), as Jina's Reader returns it
_SERVICE_FIELD_RE = re.compile(r"^(Title|URL Source|Published Time|Markdown Content):\s*(.*)$")
_SERVICE_HEADER_LINES = 8


def reader_service_header(lines: list[Line]) -> FrontMatter | None:
    """The header a reader service writes over the page it fetched, read as the page's front matter."""
    if not lines or not lines[0].raw.startswith("Title: "):
        return None
    fields: dict[str, str] = {}
    for line in lines[:_SERVICE_HEADER_LINES]:
        found = _SERVICE_FIELD_RE.match(line.raw.strip())
        if found:
            fields[found.group(1)] = found.group(2).strip()
        elif line.raw.strip():
            return None
        if "Markdown Content" in fields:
            break
    if "Markdown Content" not in fields or "URL Source" not in fields:
        return None
    return FrontMatter(
        lines=frozenset(range(line.index + 1)),
        title=fields.get("Title") or None,
        date=fields.get("Published Time", "")[:10] or None,
        url=page_url(fields["URL Source"]),
    )


# The fields a note-taking app's Markdown export writes under the note's title (Yarle's Evernote notes:
# "Created at: ...", "Updated at: ...", "Source: ...", "Tags: ...")
_NOTE_FIELD_KEYS = frozenset({"created at", "updated at", "source", "source url", "tags", "author", "location", "notebook"})


def note_header(lines: list[Line]) -> FrontMatter | None:
    """An exported note's header: "# Title", then its fields between "---" lines (one "Key: value" a line, or a
    table's rows), as Yarle writes an Evernote clip. The title is the note's (the clipper takes the page's); the times are when it was saved."""
    if len(lines) < 4 or not lines[0].raw.startswith("# "):
        return None
    fence = next((ln.index for ln in lines[1:4] if ln.raw.strip()), None)
    if fence is None or lines[fence].raw.strip() != "---":
        return None
    end = next((ln.index for ln in lines[fence + 1:fence + 16] if ln.raw.strip() == "---"), None)
    if end is None:
        return None
    fields = {}
    for line in lines[fence + 1:end]:
        raw = line.raw.strip()
        if raw.startswith("|"):
            # "| **Created at** | 2025-09-11 07:48 |": the fields in a table, as Yarle's newer template writes them
            cells = [cell.strip() for cell in raw.strip("|").split("|")]
            if all(not cell.strip("-: ") for cell in cells):
                continue  # ("| | |" over "|---|---|": the table's empty head and its rule)
            key, colon, value = cells[0].strip("*_ "), ":", "|".join(cells[1:]).strip()
        elif not raw:
            continue
        else:
            key, colon, value = line.raw.partition(":")
        if not colon or key.strip().casefold() not in _NOTE_FIELD_KEYS:
            return None
        fields[key.strip().casefold()] = value.strip()
    if not {"created at", "updated at"} & fields.keys():
        return None
    return FrontMatter(
        lines=frozenset(range(end + 1)),
        title=lines[0].raw[2:].strip() or None,
        clipped=_date(fields.get("created at")),
        url=page_url(fields.get("source") or fields.get("source url")),
    )


# "TITLE: ...", "AUTHORS: ['Kemal Persaud', 'Stabroek News']", "PUBLISH DATE: 2025-07-14 00:00:00"
# (in capitals: "Title: ..." opens other headers, and a story's own lines)
_PRINTED_FIELD_RE = re.compile(
    r"(TITLE|AUTHORS?|PUBLISH(?:ED)? DATE|DATE|TOP IMAGE|IMAGE|URL|SOURCE|KEYWORDS|SUMMARY|DESCRIPTION)\s*:\s?(.*)"
)
_RULE_RE = re.compile(r"(?:={3,}|-{3,}|_{3,}|\*{3,})")
_PRINTED_HEADER_LINES = 12


def printed_fields_header(lines: list[Line]) -> FrontMatter | None:
    """The "TITLE:" / "AUTHORS:" / "PUBLISH DATE:" / "URL:" lines a script printed over the text it scraped.

    Only a run of such fields at the very top counts, with a title and the page's address or date among
    them; it ends at a rule ("=====") or at the first line that is no field. Of the authors a scraper
    lists, the one that is the site itself ("Stabroek News" for stabroeknews.com) is the publisher.
    """
    first = _PRINTED_FIELD_RE.fullmatch(lines[0].raw.strip().lstrip("\ufeff")) if lines else None
    if first is None or first.group(1) != "TITLE":
        return None
    fields: dict[str, str] = {}
    end = 0
    for line in lines[:_PRINTED_HEADER_LINES]:
        raw = line.raw.strip().lstrip("\ufeff")
        found = _PRINTED_FIELD_RE.fullmatch(raw)
        if found:
            fields[" ".join(found.group(1).split())] = found.group(2).strip()
            end = line.index
        elif _RULE_RE.fullmatch(raw):
            end = line.index
            break
        else:
            break
    url = page_url(fields.get("URL") or fields.get("SOURCE"))
    day = next((fields[key] for key in ("PUBLISH DATE", "PUBLISHED DATE", "DATE") if fields.get(key)), "")
    if len(fields) < 3 or not fields.get("TITLE") or not (url or day):
        return None
    names = _listed_names(fields.get("AUTHORS") or fields.get("AUTHOR") or "")
    own = [name for name in names if names_site(name, url)]
    people = [name for name in names if name not in own]
    return FrontMatter(
        lines=frozenset(range(end + 1)),
        title=fields["TITLE"],
        date=day[:10] if re.match(r"\d{4}-\d\d-\d\d", day) else day or None,
        author=_authors(people),
        publisher=own[0] if own else None,
        url=url,
    )


def _listed_names(value: str) -> list[str]:
    """"['Kemal Persaud', 'Stabroek News']", as Python prints a list, or "Kemal Persaud, Stabroek News"."""
    if value.startswith("["):
        try:
            listed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            listed = None
        if isinstance(listed, list):
            return [name for item in listed if (name := _text(item))]
        value = value.strip("[]")
    return [name for part in value.split(",") if (name := _text(part.strip(" '\"")))]


def _parse(block: str, *, toml: bool) -> dict | None:
    if toml:
        try:
            return tomllib.loads(block)
        except tomllib.TOMLDecodeError:
            return None
    import yaml  # only a Markdown page with front matter pays for the import

    try:
        fields = yaml.safe_load(block)
    except yaml.YAMLError:
        return None
    return fields if isinstance(fields, dict) else None


def _first(fields: dict, keys: tuple[str, ...]):
    return next((fields[key] for key in keys if fields.get(key) not in (None, "", [])), None)


def _text(value) -> str | None:
    text = " ".join(str(value).split()) if isinstance(value, (str, int, float)) else ""
    return text or None


def _date(value) -> str | None:
    if isinstance(value, date):  # a datetime is a date too; YAML and TOML both type them
        return value.isoformat()[:10]
    return _text(value)


def _publisher(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    text = _text(value)
    return None if text is None or "://" in text or "/" in text or len(text.split()) > 8 else text


def page_url(value) -> str | None:
    """The page's own address, when ``value`` is one: "https://…" with no spaces."""
    text = _text(value)
    return text if text and text.startswith(("https://", "http://")) and " " not in text else None


def names_site(name: str, url: str | None) -> bool:
    """"Stabroek News" of "https://www.stabroeknews.com/...": the name's letters, run together, in the address's host."""
    host = re.sub(r"[^a-z0-9]", "", urlsplit(url).hostname or "") if url else ""
    squeezed = re.sub(r"[^a-z0-9]", "", name.lower())
    return bool(host and squeezed) and squeezed in host


def _authors(value) -> str | None:
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, str):
        text = _text(value)
        return WIKI_LINK_RE.sub(r"\1", text) if text else None
    if not isinstance(value, list):
        return None
    names = [_text(item.get("name")) if isinstance(item, dict) else _text(item) for item in value]
    # ("[[Rosalind Achterberg]]": a note-taking app's link to the person's own note)
    names = [_given_first(WIKI_LINK_RE.sub(r"\1", name)) for name in names if name]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# "Barbé, Rose-Marie": one person, family name first, as a reference manager lists its creators
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "inc", "ltd", "llc", "plc", "phd"})
_FAMILY_FIRST_RE = re.compile(r"([^,]+),\s*(\S+(?:\s\S+)?)")


def _given_first(name: str) -> str:
    """"Barbé, Rose-Marie" as "Rose-Marie Barbé"; a name written given name first stays as it is."""
    found = _FAMILY_FIRST_RE.fullmatch(name)
    if found is None or found.group(2).rstrip(".").casefold() in _NAME_SUFFIXES:
        return name  # ("Ana Ruiz, Jr.": one name with its suffix)
    return f"{found.group(2)} {found.group(1)}"
