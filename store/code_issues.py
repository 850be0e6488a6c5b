"""A code host's issue or pull-request page, as clipped: who opened it and when, its title without its
number, and the furniture around its comments (comment headers, role badges, reactions, timeline events,
the sidebar's assignees and labels, the sign-up prompt). The comments themselves are the story."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.clean import Line

# "tokafor opened this issue on May 27, 2025 · 14 comments", "**quietbyte** opened this issue on May 3": the
# page's opener and day (the thread reader's test for an issue page too)
OPENED_RE = re.compile(
    r"^(?:@|\*\*)?(?P<handle>[\w.-]{1,39})(?:\*\*)?\s+opened this (?:issue|pull request)\s+on\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)"
)
# (an issue page of its own needs the year and nothing after the count of comments)
_DATED_OPENING_RE = re.compile(r"[A-Z][a-z]{2,8} \d{1,2}, \d{4}")
_COMMENT_COUNT_TAIL_RE = re.compile(r"(?: · \d+ comments?)?$")
# '# Rows missing after upgrade to 2.5.0 #1234' and the clip's 'Rows missing ... · Issue #1234 · brindledb/brindle'
_NUMBERED_HEADING_RE = re.compile(r"^(?P<title>.+?) #\d{1,7}$")
_PAGE_TITLE_RE = re.compile(r"^(?P<title>.+?) · (?:Issue|Pull Request|Discussion) #\d{1,7} · [\w.-]+/[\w.-]+$")
_COMMENT_HEADER_RE = re.compile(
    r"^@?(?P<handle>[\w.-]{1,39}) (?:commented|replied|reviewed)(?: on [A-Z][a-z]{2,8} \d{1,2}, \d{4})?(?: • edited(?: by [\w.-]+)?)?$"
)
_TIMELINE_RE = re.compile(
    r"^@?[\w.-]{1,39} (?:mentioned this (?:issue|pull request)|referenced this (?:issue|pull request)(?: from a commit)?|"
    r"closed this(?: as (?:completed|not planned))?(?: in #\d+)?|reopened this|added the .{1,40} labels?|"
    r"removed the .{1,40} labels?|self-assigned this|assigned \S+|linked a pull request(?: that will close this issue)?|"
    r"added this to the .{1,40} milestone|locked and limited conversation to collaborators)"
    r"(?: on [A-Z][a-z]{2,8} \d{1,2}, \d{4})?$"
)
_BADGES = frozenset({"Open", "Closed", "Merged", "Draft", "Member", "Contributor", "Owner", "Collaborator", "Author"})
_REACTIONS_RE = re.compile(r"^(?:(?:👍|👎|😄|🎉|😕|❤️|🚀|👀)\s*\d+\s*)+$")
_HIDDEN_ITEMS_RE = re.compile(r"^\d+ hidden items? Load more…?$")
_SIDEBAR_LABELS = frozenset({"Assignees", "Labels", "Projects", "Milestone", "Development", "Participants", "Reviewers"})
_MILESTONE_RE = re.compile(r"^Milestone\s+\S.{0,40}$")
_SIGN_UP_RE = re.compile(r"^Sign up for free to join this conversation on [\w.]+\b.*$")
_LINKED_TITLE_RE = re.compile(r".{3,120} #\d{1,7}$")


@dataclass
class IssuePage:
    opener: str
    date: str  # as printed: "May 27, 2025"


def _opening(text: str) -> re.Match | None:
    """``OPENED_RE`` on a whole line "@handle opened this issue on May 27, 2025 · 14 comments"."""
    opened = OPENED_RE.match(text)
    if opened is None or text.startswith("**") or not _DATED_OPENING_RE.fullmatch(opened.group("date")):
        return None
    return opened if _COMMENT_COUNT_TAIL_RE.fullmatch(text, opened.end()) else None


def issue_page(lines: list[Line]) -> IssuePage | None:
    """The issue page's opener, if ``lines`` are one: the "... opened this issue on ..." line near the top."""
    for line in lines[:40]:
        if line.text and (opened := _opening(line.text)):
            return IssuePage(opened.group("handle"), opened.group("date"))
    return None


def issue_title(heading: str, page_title: str | None) -> str | None:
    """The issue's title without its number: "# X #1234", or the clip's "X · Issue #1234 · owner/repo"."""
    if numbered := _NUMBERED_HEADING_RE.match(heading):
        return numbered.group("title")
    if page_title and (titled := _PAGE_TITLE_RE.match(page_title)):
        return titled.group("title")
    return None


def issue_chrome(lines: list[Line]) -> set[int]:
    """The furniture around an issue's comments."""
    found: set[int] = set()
    sidebar = False
    after_mention = False
    for line in lines:
        text = line.text
        if not text:
            sidebar = after_mention = False
            continue
        if sidebar and line.word_count <= 4 and not text.endswith((".", "!", "?", ":")):
            found.add(line.index)  # an assignee's handle, a label: "bug", "priority: high"
            continue
        sidebar = False
        if after_mention and _LINKED_TITLE_RE.fullmatch(text):
            found.add(line.index)  # the pull request that mentioned it: "Fix WAL segment recycling ... #1240"
            after_mention = False
            continue
        after_mention = False
        if (
            _opening(text) or _COMMENT_HEADER_RE.match(text) or text in _BADGES or _REACTIONS_RE.match(text)
            or _HIDDEN_ITEMS_RE.match(text) or _MILESTONE_RE.match(text) or _SIGN_UP_RE.match(text)
        ):
            found.add(line.index)
        elif _TIMELINE_RE.match(text):
            found.add(line.index)
            after_mention = " mentioned this " in text
        elif text in _SIDEBAR_LABELS:
            found.add(line.index)
            sidebar = True
    return found


def quoted_replies(lines: list[Line], dropped: set[int]) -> dict[int, str]:
    """The "> ..." lines that quote an earlier comment, each with the handle of the comment they quote
    ("> I can reproduce it ..." under "@rquintero commented on ...")."""
    replies: dict[int, str] = {}
    handle = None
    handles: dict[int, str] = {}  # a comment's line -> its writer's handle
    for line in lines:
        if not line.text:
            continue
        if header := _COMMENT_HEADER_RE.match(line.text) or _opening(line.text):
            handle = header.group("handle")
            continue
        if handle is not None and line.index not in dropped and not line.raw.lstrip().startswith(">"):
            handles[line.index] = handle
    for line in lines:
        if not line.raw.lstrip().startswith(">") or len(line.text.split()) < 4:
            continue
        # (``handles`` is filled in line order)
        quoted = next((i for i in handles if i < line.index and line.text in lines[i].text), None)
        if quoted is not None:
            replies[line.index] = handles[quoted]
    return replies


def handle_owner(handle: str, people: list[str]) -> str | None:
    """The one person named in full whose name the handle spells: "rquintero" is Rafael Quintero."""
    key = re.sub(r"[^a-z]", "", handle.lower())
    owners = []
    for name in people:
        parts = [re.sub(r"[^a-z]", "", part) for part in name.lower().split()]
        if len(parts) >= 2 and key in {parts[0][:1] + parts[-1], parts[0] + parts[-1], parts[0] + parts[-1][:1]}:
            owners.append(name)
    return owners[0] if len(owners) == 1 else None

