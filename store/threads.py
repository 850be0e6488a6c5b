"""Discussion-site pages: the post a reader came for, and the thread around it.

A scraped Reddit or Hacker News page opens with the site's header and the
poster's name and ends with a score, buttons and everyone else's comments.
``thread_page`` recognises such a page by its header and says which lines
hold the post: the header lines and everything from the post's end on are
page furniture, the poster is the author and the site is the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.clean import AGE_RX, Line, is_bare_count
from store.code_issues import OPENED_RE

# Reddit: "r/ExperiencedDevs" over "• 9 hr. ago" and the poster's name, or "Posted by u/name 9 hours ago".
_SUBREDDIT_RE = re.compile(r"^r/[A-Za-z0-9_]{2,21}$")
_AGE = AGE_RX
_POST_AGE_RE = re.compile(rf"^(?:[•·]\s*)?{_AGE}$", re.IGNORECASE)
_POSTED_BY_RE = re.compile(rf"^(?:[•·]\s*)?[Pp]osted by\s+u/(?P<user>[A-Za-z0-9_-]{{3,20}})\s*(?:[•·]\s*)?{_AGE}$")
_USERNAME_RE = re.compile(r"^(?:u/)?(?P<user>[A-Za-z0-9_-]{3,20})$")
# Hacker News: "123 points by alice 4 hours ago | hide | past | favorite | 56 comments".
_HN_BYLINE_RE = re.compile(rf"^\d+\s+points?\s+by\s+(?P<user>[A-Za-z0-9_-]{{2,20}})\s+{_AGE}\b", re.IGNORECASE)
# A comment's header: "bob 3 hours ago | next [–]", "[–] carol 2 hours ago | parent".
_HN_COMMENT_RE = re.compile(
    rf"^(?:\[[–+-]\]\s*)?[A-Za-z0-9_-]{{2,20}}\s+{_AGE}(?:\s*\|.*|\s*\[[–+-]\])?$", re.IGNORECASE
)
# The reply box between the post and its comments.
_HN_ADD_COMMENT_RE = re.compile(r"^add comment$", re.IGNORECASE)
# GitHub: "**quietbyte** opened this issue on May 3 · 37 comments" (``OPENED_RE``) under the issue's title, then each
# comment under "**hbrandvold** commented on May 4 · Member" and the thread's events between them.
_GH_EVENT_RE = re.compile(
    r"^\**[\w.-]{1,39}\**\s+(?:commented|opened this|closed this|reopened this|added|removed|mentioned this|"
    r"referenced this|assigned|unassigned|locked|unlocked|pinned|changed the title|marked this|requested a review|"
    r"approved these changes)\b"
)
# the repository's bar, the issue's state, its labels, hidden comments, reactions and the sign-up prompt
_GH_CHROME_RE = re.compile(
    r"^(?:Open|Closed|Public|Private|Code(?:\s*·\s*[\w ]+?(?:\s+\d+)?)+|[\w.-]+ / [\w.-]+|Labels?:\s.*|"
    r"This comment was (?:marked as [\w -]+|minimized)\.?|Sign up for free to join this conversation on GitHub\..*|"
    r"Already have an account\?.*|(?:[^\w\s]{1,3}\s*\d+\s*){1,8})$"
)
_ISSUE_NUMBER_RE = re.compile(r"\s+#\d+$")
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# Under each comment and at the foot: "reply", "Guidelines | FAQ | Lists | API | ...", "Search:".
_HN_FURNITURE_RE = re.compile(r"^(?:reply|flag|more|guidelines\s*\|.*|search:.*)$", re.IGNORECASE)
# "Show HN: Tallyhook – webhook replay (tallyhook.dev)": the linked site after a submission's title.
_SUBMITTED_DOMAIN_RE = re.compile(r"\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s)]*)?\)$", re.IGNORECASE)


@dataclass
class ThreadPage:
    """What a discussion page's lines are."""

    site: str
    author: str | None = None
    chrome: set[int] = field(default_factory=set)  # header lines: the forum's name, the poster, the post's age
    title: int | None = None  # the post's title line, when the layout shows which it is
    post_end: int | None = None  # first line after the post's text (the score or the first comment)
    discussion: bool = False  # a link with no text of its own: the comments are what a reader came for
    date: str | None = None  # the day the thread was opened, when the page says it

    def furniture(self, lines: list[Line]) -> set[int]:
        """Every line that is not the post: its header and all that follows the post."""
        tail = set(range(self.post_end, len(lines))) if self.post_end is not None else set()
        return self.chrome | tail


def thread_page(lines: list[Line]) -> ThreadPage | None:
    """The Reddit or Hacker News thread these lines were scraped from, if they were."""
    head = [ln for ln in lines[:40] if ln.text][:15]
    for line in head:
        if _SUBREDDIT_RE.match(line.text):
            return _reddit(lines, line)
        if opened := OPENED_RE.match(line.text):
            return _github_issue(lines, line, opened)
        match = _HN_BYLINE_RE.match(line.text)
        if match:
            return _hacker_news(lines, line, match.group("user"))
    return None


def _texts_after(lines: list[Line], index: int) -> list[Line]:
    return [ln for ln in lines[index + 1:] if ln.text]


def _reddit(lines: list[Line], subreddit: Line) -> ThreadPage:
    page = ThreadPage(site="Reddit", chrome={subreddit.index})
    after = _texts_after(lines, subreddit.index)
    title = None
    for pos, line in enumerate(after[:4]):
        posted = _POSTED_BY_RE.match(line.text)
        if posted:
            page.author = posted.group("user")
            page.chrome.add(line.index)
            continue
        if _POST_AGE_RE.match(line.text):
            page.chrome.add(line.index)
            continue
        user = _USERNAME_RE.match(line.text)
        near_age = any(_POST_AGE_RE.match(ln.text) for ln in after[max(0, pos - 1):pos + 2] if ln is not line)
        if user and near_age and page.author is None:
            page.author = user.group("user")
            page.chrome.add(line.index)
            continue
        title = line
        break
    if title is None:
        return page
    page.title = title.index
    rest = _texts_after(lines, title.index)
    if rest and rest[0].word_count <= 3 and not rest[0].text.endswith((".", "!", "?")) and len(rest) > 1:
        page.chrome.add(rest[0].index)  # the post's flair under its title ("Discussion")
    page.post_end = next((ln.index for ln in rest[1:] if is_bare_count(ln.text)), None)  # the post's score
    return page


def _hacker_news(lines: list[Line], byline: Line, user: str) -> ThreadPage:
    page = ThreadPage(site="Hacker News", author=user, chrome={byline.index})
    above = [ln for ln in lines[:byline.index] if ln.text]
    if above and not _HN_BYLINE_RE.match(above[-1].text):
        page.title = above[-1].index  # the submission's title sits right above its points line
    after = _texts_after(lines, byline.index)
    page.post_end = next(
        (ln.index for ln in after if _HN_COMMENT_RE.match(ln.text) or _HN_ADD_COMMENT_RE.match(ln.text)),
        None,
    )
    if after and page.post_end == after[0].index:
        # A link with no text of its own: the discussion is what a reader came for. Each comment's
        # header and "reply" go, and the submitter wrote none of it.
        page.post_end, page.author, page.discussion = None, None, True
        page.chrome |= {
            ln.index for ln in after
            if _HN_COMMENT_RE.match(ln.text) or _HN_FURNITURE_RE.match(ln.text) or _HN_ADD_COMMENT_RE.match(ln.text)
        }
    return page


def _github_issue(lines: list[Line], opened: Line, match: re.Match) -> ThreadPage:
    """An issue page: its title over the state and the opener's line, every comment the story, the events
    and the repository's bars the page's. The year the opening date leaves out is the page's first."""
    page = ThreadPage(site="GitHub", author=None, chrome={opened.index})
    above = [ln for ln in lines[:opened.index] if ln.text and not _GH_CHROME_RE.match(ln.text)]
    if above:
        page.title = above[-1].index
    page.chrome |= {
        ln.index for ln in lines
        if ln.text and ln.index != page.title and (_GH_EVENT_RE.match(ln.text) or _GH_CHROME_RE.match(ln.text))
    }
    date = match.group("date")
    if "," not in date and (year := next((y for ln in lines if (y := _YEAR_RE.search(ln.text))), None)):
        date = f"{date}, {year.group()}"
    page.date = date
    return page


def submission_title(title: str | None) -> str | None:
    """A submission's title without the domain of the link it points to, or an issue's number."""
    return _ISSUE_NUMBER_RE.sub("", _SUBMITTED_DOMAIN_RE.sub("", title)) if title else title
