"""A Discord channel clipped to a page: the announcement a reader came for, and the channel around it.

A channel's page shows its name and topic, a pinned-message banner, then messages, each under its
writer's name and time ("Wren Halvorsen — Today at 09:41", or a bot's name over "Today at 09:00"),
maybe with the writer's role under it; a message's links carry embed cards (site, title, summary);
under it come its reactions, a thread of replies, and the box to write in. ``chat_channel`` picks
the longest message as the story and says which lines are the channel's: every other message, the
header lines, the embed cards, the thread and the message box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.clean import Line

_STAMP = r"(?:(?:Today|Yesterday) at \d{1,2}:\d{2}(?:\s?[AP]M)?|\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AP]M)?)"
# "Wren Halvorsen — Today at 09:41": a message's writer and time on one line
_HEADER_RE = re.compile(rf"^(?P<name>\S.{{0,40}}?)\s+[—–-]\s+{_STAMP}$")
_STAMP_RE = re.compile(rf"^{_STAMP}$")
_THREAD_RE = re.compile(r"^View thread\s*·\s*\d[\d,]*\s+repl(?:y|ies)$")
_BOX_RE = re.compile(
    r"^(?:Jump to present|Message #\S.{0,60}|You do not have permission to send messages in this channel\.?|"
    r"📌\s*Pinned message:.*)$"
)
_URL_RE = re.compile(r"https?://\S+")
_LABELLED_LINK_RE = re.compile(r"^[^:]{2,60}:\s+https?://\S+$")
_BOT_TAIL_RE = re.compile(r"\s+(?:BOT|APP)$")


@dataclass
class ChatChannel:
    """What a channel page's lines are."""

    author: str | None = None
    title_line: int | None = None
    chrome: set[int] = field(default_factory=set)
    links: set[int] = field(default_factory=set)  # "Full FAQ: https://…": the writer's own words with a link


def chat_channel(lines: list[Line], start: int = 0) -> ChatChannel | None:
    """The Discord channel these lines (from ``start``, past any metadata block) were clipped from, if they were."""
    texts = [line for line in lines[start:] if line.text]
    if not any(_BOX_RE.match(line.text) or _THREAD_RE.match(line.text) for line in texts):
        return None
    messages: list[tuple[str, list[Line]]] = []  # (writer, its header lines then its lines)
    at = 0
    while at < len(texts):
        text = texts[at].text
        if header := _HEADER_RE.match(text):
            messages.append((header.group("name"), [texts[at]]))
        elif at + 1 < len(texts) and _STAMP_RE.match(texts[at + 1].text) and len(text.split()) <= 5:
            messages.append((text, [texts[at], texts[at + 1]]))  # "Hearthkeeper BOT" over "Today at 09:00"
            at += 1
        elif messages:
            messages[-1][1].append(texts[at])
        at += 1
    if not messages:
        return None
    page = ChatChannel()
    story_at = max(range(len(messages)), key=lambda k: sum(line.word_count for line in messages[k][1]))
    writer, story = messages[story_at]
    page.author = _BOT_TAIL_RE.sub("", writer)
    first = story[0].index
    page.chrome |= {line.index for line in texts if line.index < first}  # the channel's name, topic and pin
    for k, (_, message) in enumerate(messages):
        if k != story_at:
            page.chrome |= {line.index for line in message}
    header_lines = story[:2] if len(story) > 1 and _STAMP_RE.match(story[1].text) else story[:1]
    page.chrome |= {line.index for line in header_lines}
    body = story[len(header_lines):]
    if body and not body[0].heading and body[0].word_count <= 4 and len(body) > 1:
        page.chrome.add(body[0].index)  # "Studio Lead": the writer's role in the server
        body = body[1:]
    ended = False
    for line in body:
        if ended or _THREAD_RE.match(line.text) or _BOX_RE.match(line.text):
            ended = True  # the thread of replies under the message, and the box to write in
            page.chrome.add(line.index)
            continue
        if page.title_line is None and line.heading:
            page.title_line = line.index
        if _LABELLED_LINK_RE.match(line.text):
            page.links.add(line.index)
    page.chrome |= _embed_cards(lines, body)
    return page


def _embed_cards(lines: list[Line], body: list[Line]) -> set[int]:
    """The cards under a message's links: the site's name, the page's title and its summary, set
    right under the line with the link."""
    cards: set[int] = set()
    for line in body:
        if not _URL_RE.search(line.text):
            continue
        for under in lines[line.index + 1:line.index + 4]:
            if not under.text or _URL_RE.search(under.text):
                break
            cards.add(under.index)
    return cards
