"""A thread of posts unrolled onto one page by a reader site ("Thread by @handle" over "1/ ...",
"2/ ...", and "Originally posted on X by Name (@handle) on May 23, 2025." under them).

The page's own headline is the site's name; the thread's is its first post, without its number.
``unrolled_thread`` finds that post and the date the thread was posted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import Line

_THREAD_BY_RE = re.compile(r"^Thread by @\w{1,30}$")
_FIRST_POST_RE = re.compile(r"^1\s*/\s*(?P<text>\S.*)$")
_POSTED_ON_RE = re.compile(r"^Originally posted on (?:X|Twitter|Bluesky|Threads) by .{2,80}? on (?P<date>.{6,30}?)\.?$")


@dataclass(frozen=True)
class UnrolledThread:
    title: str
    title_line: int
    posted: str | None  # the posting date as the page writes it


def unrolled_thread(lines: list[Line]) -> UnrolledThread | None:
    """The unrolled thread on the page, or None when the page is no thread reader's."""
    texts = [line for line in lines if line.text]
    if not any(_THREAD_BY_RE.match(line.text) for line in texts[:12]):
        return None
    first = next((line for line in texts if _FIRST_POST_RE.match(line.text)), None)
    if first is None:
        return None
    posted = next((found.group("date") for line in texts if (found := _POSTED_ON_RE.match(line.text))), None)
    return UnrolledThread(_FIRST_POST_RE.match(first.text).group("text"), first.index, posted)
