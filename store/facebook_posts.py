"""A Facebook page's post, copied from the web page: the post a reader came for, and Facebook around it.

Copied logged out, such a page opens with Facebook's own bar ("Facebook", "Log in", "Forgot account?",
"Sign up"), then the page's card: its name, "Verified", its follower count and the post's time ("May 27
at 3:41 PM", "·"). The post follows, its first line often written as a headline ("BREAKING: ..."), and
ends where the reactions bar begins ("All reactions:", "248 comments", "Like Comment Share"); the
comments under it, the page's own replies among them, are the page's, not the story's.
``facebook_post`` recognises such a page and says which lines are which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.clean import HASHTAGS_RE, Line
from store.lexicon import FULL_MONTHS_RX

_FACEBOOK_BAR = frozenset({"Facebook", "Log in", "Log In", "Forgot account?", "Sign up", "Sign Up", "Create new account"})
_CARD_RE = re.compile(r"^(?:Verified|Follow|Like|[\d.,]+\s?[KkMm]?\s+(?:followers|likes|people follow this))$")
# "May 27 at 3:41 PM", "27 May at 15:41", "May 27, 2024 at 9:02 AM", "Yesterday at 10:02", "3h"
_POST_TIME_RE = re.compile(
    rf"^(?:(?P<day>(?:{FULL_MONTHS_RX}) \d{{1,2}}|\d{{1,2}} (?:{FULL_MONTHS_RX}))(?:,? (?P<year>(?:19|20)\d\d))?|Yesterday|Today)"
    r" at \d{1,2}:\d\d(?:\s?[AP]M)?$"
    r"|^\d{1,2}[hmd]$"
)
_DOT_RE = re.compile(r"^[·•]$")
# The bar under the post: "All reactions:", "1.2K", "248 comments", "91 shares", its buttons
_REACTIONS_RE = re.compile(r"^(?:All reactions:?|[\d.,]+\s?[KkMm]?\s+(?:comments?|shares?)|Like|Comment|Share|Most relevant)$")
# A headline's label: "BREAKING: ..." (a short line with no full stop at its end is one too)
_HEADLINE_LABEL_RE = re.compile(r"^(?:BREAKING|JUST IN|UPDATE|DEVELOPING|EXCLUSIVE)\s*:")


@dataclass
class FacebookPost:
    """What the lines of a page's post are."""

    page: str
    title_line: int | None = None
    day: str | None = None  # "May 27", the post's day, when its time gives no year
    year: str | None = None
    chrome: set[int] = field(default_factory=set)
    hashtags: set[int] = field(default_factory=set)  # "#CBN #Kobopay": the post's own tags, part of it


def facebook_post(lines: list[Line]) -> FacebookPost | None:
    """The page's post, when ``lines`` are a Facebook page's post copied with Facebook's bar over it."""
    texts = [line for line in lines if line.text]
    if len(texts) < 6 or texts[0].text != "Facebook" or not any(line.text in _FACEBOOK_BAR for line in texts[1:5]):
        return None
    at = 1
    while at < len(texts) and texts[at].text in _FACEBOOK_BAR:
        at += 1
    if at >= len(texts) - 2:
        return None
    name = texts[at]
    time_at = next((i for i in range(at + 1, min(at + 5, len(texts))) if _POST_TIME_RE.match(texts[i].text)), None)
    if time_at is None or not all(_CARD_RE.match(line.text) for line in texts[at + 1:time_at]):
        return None
    post = FacebookPost(page=name.text)
    when = _POST_TIME_RE.match(texts[time_at].text)
    post.day, post.year = when.group("day"), when.group("year")
    start = time_at + 1
    while start < len(texts) and _DOT_RE.match(texts[start].text):
        start += 1
    end = next((i for i in range(start, len(texts)) if _REACTIONS_RE.match(texts[i].text)), len(texts))
    if end <= start:
        return None
    post.chrome = {line.index for line in texts[:start]} | {line.index for line in texts[end:]}
    post.hashtags = {line.index for line in texts[start:end] if HASHTAGS_RE.match(line.text)}
    first = texts[start]
    if first.word_count <= 30 and (_HEADLINE_LABEL_RE.match(first.text) or not first.text.rstrip().endswith((".", "!", "?"))):
        post.title_line = first.index
    return post
