"""A Bluesky thread clipped to a page: the writer's posts are the story, the app's furniture is not.

A thread shows each post under its writer's card, either on two lines or on one with the post's age,
and closes the first post with its time and its counts:

    Reposted by Tomás Ferreira
    [Marta Lindqvist](https://bsky.app/profile/martalindqvist.bsky.social)
    @martalindqvist.bsky.social
    Corvina Airways has cut its profit forecast ... 1/6
    > **Corvina Airways** @corvinaairways.com · 2h
    > Trading update: ...
    May 27, 2025 at 9:41 AM
    💬 12 🔁 48 ♥ 203
    Everybody can reply
    [Marta Lindqvist](https://bsky.app/profile/...) @martalindqvist.bsky.social · 1h
    Two problems. ... 2/6

A post quoted inside another (the block-quoted card) is part of the story, in its poster's words,
and its card stays to say whose they are. A link card (picture, headline, domain, summary) points
at another page; a post under someone else's card is a reply. ``bluesky_thread`` says which lines
are furniture, who wrote the thread, which line opens it (the headline) and whose words each
quoted post is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.clean import Line
from store.fediverse import POST_STAMP_RE

_HANDLE = r"@(?P<handle>[a-z0-9][\w-]*(?:\.[\w-]+)+)"
# "@martalindqvist.bsky.social" alone under the display name (one "@": Mastodon's has two)
_HANDLE_LINE_RE = re.compile(rf"^{_HANDLE}$", re.IGNORECASE)
# "Marta Lindqvist @martalindqvist.bsky.social · 1h": name, handle and the post's age on one line
_CARD_LINE_RE = re.compile(
    rf"^(?P<name>[^@\s].{{0,60}}?)\s+{_HANDLE}(?:\s+·\s+(?:\d{{1,2}}[smhdw]|\w{{3}} \d{{1,2}}(?:, \d{{4}})?))?$",
    re.IGNORECASE,
)
# "💬 12", "🔁 48", "♥ 203", "💬 2 🔁 9 ♥ 61": replies, reposts and likes
_COUNTS_RE = re.compile(r"^(?:(?:💬|🔁|♥|❤️?|♡|🗨️?)\s*\d[\d,.]*[KkM]?\s*)+$")
_BUTTON_RE = re.compile(
    r"^(?:Everybody can reply|Replies (?:are )?(?:disabled|limited)|Sign in to reply|Translate|"
    r"Quote post|Sign in|Sign up|Create account|Reposted by \S.{0,60})$"
)
_DOMAIN_RE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_SKY = ("bsky.app/profile/", ".bsky.social")


@dataclass
class SkyThread:
    """What a thread page's lines are."""

    author: str
    title_line: int | None = None
    chrome: set[int] = field(default_factory=set)
    quoted: dict[int, str] = field(default_factory=dict)  # a quoted post's first line -> whose post it is


def _card(texts: list[Line], at: int) -> tuple[str, str, int] | None:
    """The poster's name and handle if a card starts at ``at``, and how many lines it takes."""
    text = texts[at].text
    if (one := _CARD_LINE_RE.match(text)) and not _HANDLE_LINE_RE.match(text):
        return one.group("name").strip(), one.group("handle").lower(), 1
    if at + 1 < len(texts) and (two := _HANDLE_LINE_RE.match(texts[at + 1].text)) and len(text) <= 60:
        return text, two.group("handle").lower(), 2
    return None


def bluesky_thread(lines: list[Line]) -> SkyThread | None:
    """The Bluesky thread these lines were clipped from, if they were."""
    texts = [line for line in lines if line.text]
    found = next(((at, card) for at in range(min(len(texts), 40)) if (card := _card(texts, at))), None)
    if found is None:
        return None
    first, (name, own, size) = found
    if not any(mark in own or mark in texts[first].raw for mark in _SKY):
        return None
    if not any(POST_STAMP_RE.match(line.text) or _COUNTS_RE.match(line.text) for line in texts[first:first + 12]):
        return None
    page = SkyThread(author=name)
    page.chrome |= {line.index for line in texts[:first + size]}  # the app's masthead, "Reposted by …", the card
    poster = ""  # "" the writer's post, "reply" someone else's
    at = first + size
    while at < len(texts):
        line, text = texts[at], texts[at].text
        card = _card(texts, at)
        if card is not None and line.block_quote:
            # a quoted post: its card stays to say whose words follow
            under = texts[at + card[2]] if at + card[2] < len(texts) else None
            if under is not None and under.block_quote:
                page.quoted[under.index] = card[0]
            at += card[2]
            continue
        if card is not None:
            page.chrome |= {line.index for line in texts[at:at + card[2]]}
            poster = "" if card[1] == own else "reply"
            at += card[2]
            continue
        if POST_STAMP_RE.match(text) or _COUNTS_RE.match(text) or _BUTTON_RE.match(text) or poster == "reply":
            page.chrome.add(line.index)
        elif _DOMAIN_RE.match(text) and not line.block_quote:
            page.chrome |= _link_card(lines, line.index)
        elif page.title_line is None and not line.block_quote:
            page.title_line = line.index
        at += 1
    return page


def _link_card(lines: list[Line], at: int) -> set[int]:
    """A link card around its domain line: the picture and headline over it, the summary under it."""
    card = {at}
    for line in reversed(lines[max(0, at - 3):at]):
        if not line.text and not (line.link_only or line.image):
            break
        card.add(line.index)
        if line.link_only or line.image:
            break
    for line in lines[at + 1:at + 3]:
        if not line.text or _COUNTS_RE.match(line.text) or _CARD_LINE_RE.match(line.text):
            break
        card.add(line.index)
    return card
