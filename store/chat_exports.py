"""A chat app's exported conversation with an article pasted into one of its messages.

WhatsApp's "Export chat" writes a message a line, "[12/06/2025, 09:41:12] Souk Phanthavong: text" on
iPhone and "12/06/2025, 09:41 - Souk Phanthavong: text" on Android, a message's further lines under it
without the prefix, and the app's own notices the same way ("‎Khamla added Mia"). A member who pastes a
whole story sends it as one long message: its first line the headline after the sender's name, then the
byline, the paragraphs and the link. ``pasted_article`` finds that message and says which lines are the
chat's (every other message, and the notices), gives back its first line without the prefix, and reads
the link at its end.
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
_MIN_PREFIXED = 3


@dataclass(frozen=True)
class PastedArticle:
    """The story a chat member pasted, and the chat around it."""

    chrome: frozenset[int]  # the other messages and the app's notices
    first_line: Line  # the message's first line, the sender's prefix taken off: the headline
    url: str | None  # the story's address, when the message ends with it


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
    story = max(messages, key=lambda message: sum(line.word_count for line in message))
    if sum(line.word_count for line in story) < _STORY_WORDS or len([ln for ln in story if ln.text]) < 4:
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
    return PastedArticle(chrome, replace(opening, text=headline, word_count=-1), url)
