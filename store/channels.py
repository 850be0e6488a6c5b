"""A public Telegram channel's page: the post a reader came for, and the channel's furniture around it.

A channel's web preview opens with the channel's name (over its @handle when copied, as a heading
when clipped to Markdown), its subscriber count and "View in Telegram", then shows posts, each closed
by its view counter, its time ("edited 14:32", "May 27, 14:05") and its reactions. ``channel_page``
recognises such a page and says which lines are that furniture: the first post is the story (its
first line the headline) together with later posts that carry it on, and the channel's other posts
are the page's, not the story's.

Telegram's apps open a post's link as an Instant View of the article. Copied, the post comes first:
the channel's name, the post's words, the link, its view count and its time ("1.2K", "14:05"), then
the article itself, and the viewer's buttons close it. ``instant_view_post`` finds that post and those
buttons, which are the channel's and the app's, no part of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.clean import Line
from store.common_words import zipf
from store.frontmatter import names_site
from store.lexicon import FULL_MONTHS_RX

_HANDLE_RE = re.compile(r"^@[A-Za-z0-9_]{4,32}$")
_SUBSCRIBERS_RE = re.compile(r"^[\d.,]+\s?[KkMm]?\s+(?:subscribers|members)$")
_TELEGRAM_BUTTONS = "View in Telegram|Preview channel|Open in Telegram"
_TELEGRAM_BUTTON_RE = re.compile(rf"^(?:{_TELEGRAM_BUTTONS})$")
_CHANNEL_BUTTON_RE = re.compile(rf"^(?:{_TELEGRAM_BUTTONS}|Join channel|Join)$")
# Under each post: "👁 31.4K", "edited 14:32", "14:40", "edited May 27, 19:12", "🔥 412  👍 208"
_VIEWS_RE = re.compile(r"^👁\s*[\d.,]+\s?[KkMm]?$")
_POST_TIME_RE = re.compile(rf"^(?:edited\s+)?(?:(?P<day>(?:{FULL_MONTHS_RX}) \d{{1,2}}),?\s+)?\d{{1,2}}:\d{{2}}$")
_REACTIONS_RE = re.compile(r"^(?:[^\w\s]{1,3}\s*[\d.,]+\s?[KkMm]?\s*){1,8}$")
_FORWARDED_RE = re.compile(r"^Forwarded from (?P<name>.{2,60})$")
# What the web preview shows for a post it cannot render, and a poll's label
_UNRENDERED_RE = re.compile(r"^Please open Telegram to view this post$")
_POLL_RE = re.compile(r"^(?:Anonymous |Public )?(?:Poll|Quiz)$")
# The day over a run of posts: "May 27", "27 May"
_DAY_RE = re.compile(rf"^(?:(?:{FULL_MONTHS_RX}) \d{{1,2}}|\d{{1,2}} (?:{FULL_MONTHS_RX}))$")
_NAME_WORD_RE = re.compile(r"\b[A-Z][\w-]*[A-Za-z]\b")


@dataclass
class ChannelPage:
    """What a channel page's lines are."""

    name: str
    title_line: int | None = None
    day: str | None = None  # "May 27", the day over the story's post
    chrome: set[int] = field(default_factory=set)
    forwarded: dict[int, str] = field(default_factory=dict)  # the forwarded post's first line -> whose post it is


def _header(texts: list[Line]) -> tuple[int, int] | None:
    """Where the channel's name is and where its header ends: over "@handle" (a copied page) or as the
    heading of a clipped one, with the subscriber count or "View in Telegram" right under it."""
    handle = next((at for at, line in enumerate(texts[:12]) if _HANDLE_RE.match(line.text)), None)
    if handle is not None and handle > 0:
        name, after = handle - 1, handle
    else:
        # (a "#" heading: front matter's last key over its closing "---" reads as an underlined one)
        name = next((at for at, line in enumerate(texts[:12]) if line.heading and line.raw.startswith("#")), None)
        if name is None or not any(_TELEGRAM_BUTTON_RE.match(line.text) for line in texts[name + 1:name + 5]):
            return None  # (a video page's channel has its heading and subscribers too)
        after = name
    if not any(_SUBSCRIBERS_RE.match(line.text) or _CHANNEL_BUTTON_RE.match(line.text) for line in texts[after + 1:after + 4]):
        return None
    return name, after


def _story_words(title: str) -> set[str]:
    """The rare capitalised words of the story's headline ("Tulpar", "ORBA"): what a later post on
    the same story names again."""
    return {word for word in _NAME_WORD_RE.findall(title) if zipf(word.lower()) < 3.5}


def _posts(texts: list[Line], page: ChannelPage) -> list[list[Line]]:
    """The posts under the header, each its lines up to the furniture that closes it (which goes to chrome)."""
    posts: list[list[Line]] = [[]]
    for line in texts:
        text = line.text
        if _SUBSCRIBERS_RE.match(text) or _CHANNEL_BUTTON_RE.match(text) or _UNRENDERED_RE.match(text):
            page.chrome.add(line.index)
        elif text == page.name and (line.link_only or not posts[-1]):
            page.chrome.add(line.index)  # the channel's name over each post of a clipped page
        elif _DAY_RE.match(text):
            page.day = page.day or text
            page.chrome.add(line.index)
        elif (stamp := _POST_TIME_RE.match(text)) or _VIEWS_RE.match(text) or _REACTIONS_RE.match(text):
            page.chrome.add(line.index)
            if stamp and stamp.group("day") and page.day is None:
                page.day = stamp.group("day")  # "May 27, 14:05": the first post's time, its day with it
            if posts[-1]:
                posts.append([])
        else:
            posts[-1].append(line)
    return [post for post in posts if post]


def channel_page(lines: list[Line]) -> ChannelPage | None:
    """The Telegram channel page these lines were clipped from, if they were.

    The first post is the story, its first line the headline; a later post is the story's too when it
    is forwarded right under it or names the story's subject again ("Tulpar Pay" in a run of posts on
    its suspension); the channel's other posts and polls are the page's.
    """
    texts = [line for line in lines if line.text]
    header = _header(texts)
    if header is None:
        return None
    name, after = header
    page = ChannelPage(name=texts[name].text)
    page.chrome |= {line.index for line in texts[name:after + 1]}
    posts = _posts(texts[after + 1:], page)
    if not posts:
        return page
    story, *later = posts
    page.title_line = story[0].index
    subject = _story_words(story[0].text)
    kept_last = True
    for post in later:
        forwarded = _FORWARDED_RE.match(post[0].text)
        words = post[1:] if forwarded else post
        keep = bool(words) and not _POLL_RE.match(words[0].text) and (
            forwarded is not None and kept_last or any(
                subject & set(_NAME_WORD_RE.findall(line.text)) for line in words
            )
        )
        if forwarded:
            page.chrome.add(post[0].index)
            if keep:
                page.forwarded[words[0].index] = forwarded.group("name")
        if not keep:
            page.chrome |= {line.index for line in words}
        kept_last = keep
    return page


# A copied post's view count and time: "1.2K" or "👁 1.2K", then "14:05" or "edited 14:05"
_BARE_VIEWS_RE = re.compile(r"^(?:👁\s*)?[\d.,]+\s?[KkMm]?$")
_POST_LINES = 8
_VIEWER_BUTTON_RE = re.compile(rf"^(?:{_TELEGRAM_BUTTONS}|Open original|View original)$")


@dataclass(frozen=True)
class InstantViewPost:
    """The channel post over an article opened in Instant View."""

    name: str  # the channel's name, "Prishtina Insight"
    lines: frozenset[int]  # the post, from the name to its time
    publisher: bool  # the channel is the site the link points to


def instant_view_post(lines: list[Line]) -> InstantViewPost | None:
    """The channel post a copied Instant View page opens with, or None."""
    texts = [line for line in lines[:_POST_LINES * 2] if line.text][:_POST_LINES]
    views = next((at for at, line in enumerate(texts) if at >= 2 and _BARE_VIEWS_RE.match(line.text)), None)
    if views is None or views + 1 >= len(texts) or not _POST_TIME_RE.match(texts[views + 1].text):
        return None
    link = next((line.text for line in texts[1:views] if line.text.startswith(("https://", "http://"))), None)
    name = texts[0].text
    if link is None or len(name.split()) > 6 or name[-1:] in ".!?:" or name.startswith(("https://", "http://")):
        return None
    # (and the viewer's buttons under the article: "View in Telegram", "Open original")
    buttons = []
    for line in reversed(lines):
        if line.text and not _VIEWER_BUTTON_RE.match(line.text):
            break
        buttons.append(line.index)
    return InstantViewPost(
        name=name,
        lines=frozenset(range(texts[views + 1].index + 1)) | frozenset(buttons),
        publisher=names_site(name, link),
    )
