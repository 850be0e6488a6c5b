"""A chat app's exported conversation with an article pasted into one of its messages.

WhatsApp's "Export chat" writes a message a line, "[12/06/2025, 09:41:12] Souk Phanthavong: text" on
iPhone and "12/06/2025, 09:41 - Souk Phanthavong: text" on Android, a message's further lines under it
without the prefix, and the app's own notices the same way ("‎Khamla added Mia"). A member who pastes a
whole story sends it as one long message: its first line the headline after the sender's name, then the
byline, the paragraphs and the link. ``pasted_article`` finds that message and says which lines are the
chat's (every other message, and the notices), gives back its first line without the prefix, and reads
the link at its end.

Slack has no export a reader can open, so a thread is copied from its window: each message under its
sender's name and time ("Marcia Clarke  10:49 AM", or the name and "10:42 AM" on two lines, or the time
alone for the same sender's next message), a link's preview under the message that shared it, the
reactions (":eyes: 2"), "3 replies" and "Last reply today at 11:02 AM". ``slack_thread`` finds the long
message that holds a story the same way; the line that introduces it ("pasting the full piece :point_down:")
and the app's marks inside it are the chat's too.

Telegram Desktop copies each message under "Lisa Tari, [14.08.2025 09:41]"; a channel's post passed on
opens "[Forwarded from Vanuatu Daily Post]", which names the site, and a reply "[In reply to Tom Harrison]".
``telegram_thread`` reads such a copy the same way, without the views ("1.2K views") and reactions
("👍 3 ❤ 1") under a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.clean import Line

# "[12/06/2025, 09:41:12] " (iPhone) or "12/06/2025, 09:41 - " (Android), then the sender and the text
_PREFIX_RE = re.compile(
    r"\u200e?(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\] "
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)? - )"
)
_SENDER_RE = re.compile(r"([^:\n]{1,60}?): ")
_URL_LINE_RE = re.compile(r"https?://\S+")
# A story, not a chat's remark: how long the pasted message must be
_STORY_WORDS = 80
_STORY_LINES = 4
_MIN_PREFIXED = 3


@dataclass(frozen=True)
class PastedArticle:
    """The story a chat member pasted, and the chat around it."""

    chrome: frozenset[int]  # the other messages and the app's notices
    lines: dict[int, Line]  # lines to read as given: the first without the sender's prefix, "(edited)" taken off
    url: str | None  # the story's address, when the message ends with it or a preview shows it
    senders: frozenset[str] = frozenset()  # the chat's members, named over their messages: no site's name
    site: str | None = None  # the site's name in a link's preview


def pasted_article(lines: list[Line]) -> PastedArticle | None:
    """The article pasted into one message of an exported chat, or None when these lines are no chat."""
    first = next((line for line in lines if line.raw.strip()), None)
    if first is None or not _PREFIX_RE.match(first.raw):
        return None
    messages: list[list[Line]] = []
    for line in lines:
        if _PREFIX_RE.match(line.raw):
            messages.append([line])
        elif messages:
            messages[-1].append(line)
    if len(messages) < _MIN_PREFIXED:
        return None
    story = _story_in(messages)
    if story is None:
        return None
    opening = story[0]
    text = _PREFIX_RE.sub("", opening.raw.strip(), count=1)
    sender = _SENDER_RE.match(text)
    headline = (text[sender.end():] if sender else text).replace("\u200e", "").strip()
    if not headline:
        return None
    in_story = {line.index for line in story}
    chrome = frozenset(line.index for message in messages for line in message if line.index not in in_story)
    last = next((line for line in reversed(story) if line.text), None)
    url = last.text if last is not None and _URL_LINE_RE.fullmatch(last.text) else None
    senders = frozenset(
        found.group(1).replace("\u200e", "").strip()
        for message in messages if (found := _SENDER_RE.match(_PREFIX_RE.sub("", message[0].raw.strip(), count=1)))
    )
    return PastedArticle(chrome, {opening.index: replace(opening, text=headline, word_count=-1)}, url, senders)


def _story_in(messages: list[list[Line]]) -> list[Line] | None:
    """The longest message, when it is long enough to be a story and not a remark."""
    story = max(messages, key=lambda message: sum(line.word_count for line in message))
    if sum(line.word_count for line in story) < _STORY_WORDS or len([line for line in story if line.text]) < _STORY_LINES:
        return None
    return story


def _chrome_around(lines: list[Line], story: list[Line]) -> set[int]:
    """Every other line with text: the chat's messages, senders, times and notices."""
    in_story = {line.index for line in story}
    return {line.index for line in lines if line.raw.strip() and line.index not in in_story}


# "10:42 AM", "09:14": a message's time, on its own or after its sender
CLOCK_RX = r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?"
# "Marcia Clarke  10:49 AM": a sender of one to four capitalised words and the time
_SLACK_NAME_RX = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
_SLACK_HEADER_RE = re.compile(rf"(?P<name>{_SLACK_NAME_RX})\s+{CLOCK_RX}")
_SLACK_NAME_RE = re.compile(_SLACK_NAME_RX)
_SLACK_TIME_RE = re.compile(CLOCK_RX)
# The app's marks: reactions, a thread's count and its last reply, a preview's image size
_SLACK_MARK_RE = re.compile(
    r"(?::[\w+-]+:\s*\d+\s*)+|\d{1,4} repl(?:y|ies)|Last reply (?:today|yesterday|on [\w ,]+|\d+ \w+ ago) at "
    + CLOCK_RX + r"|View thread|\(\d+(?:\.\d+)? [kKMG]B\)"
)
_EDITED = " (edited)"
# "pasting the full piece :point_down:", "see below:": the sender's words before what they paste
_EMOJI_CODE_RE = re.compile(r":[a-z0-9_+-]+:")
_MIN_MESSAGES = 3
_MIN_SENDERS = 2  # (a live blog's heading over its entries' times is one "sender": no chat)


def slack_thread(lines: list[Line]) -> PastedArticle | None:
    """The article pasted into one message of a Slack thread copied from its window, or None."""
    texts = [line for line in lines if line.raw.strip()]
    if len(texts) < 2 or not (
        _SLACK_HEADER_RE.fullmatch(texts[0].raw.strip())
        or _SLACK_NAME_RE.fullmatch(texts[0].raw.strip()) and _SLACK_TIME_RE.fullmatch(texts[1].raw.strip())
    ):
        return None  # (a thread opens with its first message's sender)
    starts: dict[int, int] = {}  # the first line of each message's header -> the first line of its text
    for position, line in enumerate(texts):
        raw = line.raw.strip()
        after = texts[position + 1] if position + 1 < len(texts) else None
        if _SLACK_TIME_RE.fullmatch(raw):
            if not starts or starts.get(texts[position - 1].index) != line.index:
                starts[line.index] = after.index if after else line.index + 1
        elif _SLACK_HEADER_RE.fullmatch(raw):
            starts[line.index] = after.index if after else line.index + 1
        elif after is not None and _SLACK_NAME_RE.fullmatch(raw) and _SLACK_TIME_RE.fullmatch(after.raw.strip()):
            starts[line.index] = after.index  # (the time line under the name opens the text, read below)
    heads = sorted(starts)
    senders = frozenset(name for head in heads if (name := _sender(lines[head].raw.strip())))
    if len(heads) < _MIN_MESSAGES or len(senders) < _MIN_SENDERS:
        return None
    messages = [
        [line for line in lines[starts[head]:following] if line.raw.strip() and not _SLACK_TIME_RE.fullmatch(line.raw.strip())]
        for head, following in zip(heads, [*heads[1:], len(lines)])
    ]
    story = _story_in(messages)
    if story is None:
        return None
    chrome = _chrome_around(lines, story) | {line.index for line in story if _SLACK_MARK_RE.fullmatch(line.text)}
    opening = story[0]
    if _EMOJI_CODE_RE.search(opening.text) or opening.text[:1].islower() or opening.text.endswith(":"):
        chrome.add(opening.index)  # the sender's own words over what they paste
    read_again = {
        line.index: replace(line, text=line.text[: -len(_EDITED)], word_count=-1)
        for line in story if line.text.endswith(_EDITED)
    }
    link = next((line for line in lines if _URL_LINE_RE.fullmatch(line.text)), None)
    # (the preview under a link: the site's name, the headline, a summary)
    under = next((line for line in lines[link.index + 1:link.index + 3] if line.text), None) if link else None
    site = under.text if under is not None and under.index in chrome and _SLACK_NAME_RE.fullmatch(under.text) and (
        under.text not in senders and not _SLACK_MARK_RE.fullmatch(under.text)
    ) else None
    return PastedArticle(frozenset(chrome), read_again, link.text if link else None, senders, site)


def _sender(header: str) -> str | None:
    if _SLACK_TIME_RE.fullmatch(header):
        return None
    found = _SLACK_HEADER_RE.fullmatch(header)
    return found.group("name") if found else header


# "Lisa Tari, [14.08.2025 09:41]": a message's sender and time, as Telegram Desktop copies them
_TELEGRAM_HEADER_RE = re.compile(
    r"(?P<name>[^\[\]\n]{1,60}), \[\d{1,2}\.\d{1,2}\.\d{2,4} \d{1,2}:\d{2}(?::\d{2})?\]"
)
_FORWARDED_FROM_RE = re.compile(r"\[Forwarded from (?P<site>[^\]]{2,60})\]")
# A reply's mark, a post's views and its reactions ("👍 3 ❤ 1")
_TELEGRAM_MARK_RE = re.compile(
    r"\[In reply to [^\]]{1,60}\]|\d+(?:[.,]\d+)?[KkMm]? views?|(?:[^\w\s\d]{1,3}\ufe0f? ?\d+[KkMm]?\s*)+"
)


def telegram_thread(lines: list[Line]) -> PastedArticle | None:
    """The article in one message of a Telegram chat copied from Telegram Desktop, or None."""
    first = next((line for line in lines if line.raw.strip()), None)
    if first is None or not _TELEGRAM_HEADER_RE.fullmatch(first.raw.strip()):
        return None
    heads = [(line, found) for line in lines if (found := _TELEGRAM_HEADER_RE.fullmatch(line.raw.strip()))]
    if len(heads) < _MIN_MESSAGES:
        return None
    messages = [
        [line for line in lines[head.index + 1:following] if line.raw.strip()]
        for (head, _), following in zip(heads, [*(head.index for head, _ in heads[1:]), len(lines)])
    ]
    story = _story_in(messages)
    if story is None:
        return None
    chrome = _chrome_around(lines, story) | {
        line.index for line in story if _TELEGRAM_MARK_RE.fullmatch(line.text) or _FORWARDED_FROM_RE.fullmatch(line.text)
    }
    forwarded = next((found for line in story if (found := _FORWARDED_FROM_RE.fullmatch(line.text))), None)
    link = next((found for line in reversed(story) if (found := _URL_LINE_RE.search(line.text))), None)
    senders = frozenset(found.group("name").strip() for _, found in heads)
    return PastedArticle(
        frozenset(chrome), {}, link.group() if link else None, senders, forwarded.group("site").strip() if forwarded else None
    )
