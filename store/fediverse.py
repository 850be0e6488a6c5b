"""A Mastodon thread page: the writer's posts are the story, the server's furniture is not.

A thread clipped from a Mastodon server opens with the writer's card and shows each post
under its time stamp and visibility, closed by its counts:

    Annika Voss
    @annikavoss@finpress.social
    Freelance business journalist. ...
    Follow
    May 28, 2025, 08:41
    Public
    🧵 Voltaris Cell Systems GmbH ... 1/5
    12 replies
    48 boosts
    73 favourites
    Annika Voss boosted
    Katrin Mahler
    @kmahler@betriebsrat.social
    ...

A post with no card over it is the writer's, continuing the thread. A post the writer
boosted is part of the story, in its poster's words; a post under someone else's card is
a reply, which is the page's and not the story's. ``fediverse_thread`` says which lines are
furniture, who wrote the thread, on which server, and whose words each boosted post is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.clean import Line

# "@annikavoss@finpress.social": a user on a server
_HANDLE_RE = re.compile(r"^@(?P<user>[\w.-]{1,30})@(?P<server>(?:[\w-]+\.)+[a-z]{2,})$", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# "May 28, 2025, 08:41", "28 May 2025, 08:41", "May 28, 2025, 8:41 AM", Bluesky's "May 27, 2025 at 9:41 AM":
# a post's time stamp
POST_STAMP_RE = re.compile(
    rf"^(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}}),? (?:at )?\d{{1,2}}:\d{{2}}(?:\s?[AP]M)?$"
)
_VISIBILITY_RE = re.compile(r"^(?:Public|Unlisted|Quiet public|Followers only|Private mention|Mentioned people only)$")
# "CW: layoffs" over a post hidden behind its content warning, and the button that shows it
_WARNING_RE = re.compile(r"^(?:CW|Content warning):\s.{1,80}$|^(?:Show|Hide) (?:more|less|content)$")
_COUNT_RE = re.compile(r"^\d[\d,.]*\s?[KkM]?\s+(?:repl(?:y|ies)|boosts?|reblogs?|favou?rites?|favs?)$", re.IGNORECASE)
_BOOSTED_RE = re.compile(r"^(?P<name>.{2,60}) boosted$")


@dataclass
class FediverseThread:
    """What a thread page's lines are."""

    author: str
    server: str
    chrome: set[int] = field(default_factory=set)
    boosted: dict[int, str] = field(default_factory=dict)  # a boosted post's first line -> whose post it is


def fediverse_thread(lines: list[Line]) -> FediverseThread | None:
    """The Mastodon thread these lines were clipped from, if they were."""
    texts = [line for line in lines if line.text]
    first = next((at for at, line in enumerate(texts[:16]) if _HANDLE_RE.match(line.text)), None)
    if not first or not any(_COUNT_RE.match(line.text) or POST_STAMP_RE.match(line.text) for line in texts[first:first + 8]):
        return None
    handle = _HANDLE_RE.match(texts[first].text)
    page = FediverseThread(author=texts[first - 1].text, server=handle.group("server").lower())
    own = texts[first].text.casefold()
    page.chrome |= {texts[first - 1].index, texts[first].index}
    poster: str | None = None  # whose post the lines belong to: None before the first post, "" the writer's
    boosted_by_writer = False
    at = first + 1
    while at < len(texts):
        line, text = texts[at], texts[at].text
        card = at + 1 < len(texts) and _HANDLE_RE.match(texts[at + 1].text) and not _HANDLE_RE.match(text)
        if _BOOSTED_RE.match(text):
            page.chrome.add(line.index)
            boosted_by_writer = True
        elif card:
            # a poster's card: the writer's own, someone the writer boosted, or someone replying
            page.chrome |= {line.index, texts[at + 1].index}
            writer = texts[at + 1].text.casefold() == own
            poster = "" if writer else text if boosted_by_writer else "reply"
            boosted_by_writer = False
            at += 2
            continue
        elif POST_STAMP_RE.match(text):
            page.chrome.add(line.index)
            if not _has_card_above(texts, at):
                poster = ""  # a post with no card over it continues the writer's thread
            poster_text = _first_text(texts, at + 1)
            if poster not in ("", "reply") and poster_text is not None:
                page.boosted[poster_text.index] = poster
        elif _VISIBILITY_RE.match(text) or _WARNING_RE.match(text) or _COUNT_RE.match(text):
            page.chrome.add(line.index)
        elif poster is None or poster == "reply":
            page.chrome.add(line.index)  # the writer's card (bio, "Follow"), or a reply's words
        at += 1
    return page


def _has_card_above(texts: list[Line], at: int) -> bool:
    return at >= 2 and bool(_HANDLE_RE.match(texts[at - 1].text))


def _first_text(texts: list[Line], start: int) -> Line | None:
    """The first line of a post's words, past its visibility and content warning."""
    for line in texts[start:start + 4]:
        if not (_VISIBILITY_RE.match(line.text) or _WARNING_RE.match(line.text)):
            return line
    return None
