"""A public Telegram channel's page: the post a reader came for, and the channel's furniture around it.

A channel's web preview opens with the channel's name, its @handle, its subscriber count and
"View in Telegram", then shows posts under a day's date, each closed by its view counter, its
time ("edited 14:32") and its reactions. ``channel_page`` recognises such a page and says which
lines are that furniture: the first post is the story (its first line the headline) together with
any post forwarded right under it, and the channel's later posts are the page's, not the story's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.clean import Line

_HANDLE_RE = re.compile(r"^@[A-Za-z0-9_]{4,32}$")
_SUBSCRIBERS_RE = re.compile(r"^[\d.,]+\s?[KkMm]?\s+(?:subscribers|members)$")
_CHANNEL_BUTTON_RE = re.compile(r"^(?:View in Telegram|Preview channel|Join channel|Open in Telegram|Join)$")
# Under each post: "👁 31.4K", "edited 14:32", "14:40", "🔥 412  👍 208"
_VIEWS_RE = re.compile(r"^👁\s*[\d.,]+\s?[KkMm]?$")
_POST_TIME_RE = re.compile(r"^(?:edited\s+)?\d{1,2}:\d{2}$")
_REACTIONS_RE = re.compile(r"^(?:[^\w\s]{1,3}\s*[\d.,]+\s?[KkMm]?\s*){1,8}$")
_FORWARDED_RE = re.compile(r"^Forwarded from (?P<name>.{2,60})$")
# The day over a run of posts: "May 27", "27 May"
_DAY_RE = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|"
    r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))$"
)


@dataclass
class ChannelPage:
    """What a channel page's lines are."""

    name: str
    title_line: int | None = None
    day: str | None = None  # "May 27", the day over the story's post
    chrome: set[int] = field(default_factory=set)
    forwarded: dict[int, str] = field(default_factory=dict)  # the forwarded post's first line -> whose post it is


def channel_page(lines: list[Line]) -> ChannelPage | None:
    """The Telegram channel page these lines were clipped from, if they were."""
    texts = [line for line in lines if line.text]
    handle = next((at for at, line in enumerate(texts[:12]) if _HANDLE_RE.match(line.text)), None)
    if handle is None or handle == 0 or not any(
        _SUBSCRIBERS_RE.match(line.text) or _CHANNEL_BUTTON_RE.match(line.text) for line in texts[handle + 1:handle + 4]
    ):
        return None
    page = ChannelPage(name=texts[handle - 1].text)
    page.chrome |= {texts[handle - 1].index, texts[handle].index}
    story_open = story_closed = in_forward = later = False
    for line in texts[handle + 1:]:
        text = line.text
        if _SUBSCRIBERS_RE.match(text) or _CHANNEL_BUTTON_RE.match(text):
            page.chrome.add(line.index)
        elif _DAY_RE.match(text) and not story_open:
            page.day = text
            page.chrome.add(line.index)
        elif _VIEWS_RE.match(text) or _POST_TIME_RE.match(text) or _REACTIONS_RE.match(text):
            page.chrome.add(line.index)
            story_closed, in_forward = story_open, False
        elif forwarded := _FORWARDED_RE.match(text):
            page.chrome.add(line.index)
            if story_closed and not later:
                # a post forwarded right under the story is part of it: "Full statement from Orbitra Labs below"
                in_forward = True
                under = next((ln for ln in texts if ln.index > line.index), None)
                if under is not None:
                    page.forwarded[under.index] = forwarded.group("name")
        elif story_closed and not in_forward:
            page.chrome.add(line.index)  # the channel's later posts
            later = True
        elif not story_open:
            story_open = True
            page.title_line = line.index
    return page
