"""An invented issue page from a code host, clipped to Markdown: its title without its number, its opener
and day, the host as its source, the furniture around its comments, and a reply quoting a comment above."""

from __future__ import annotations

from store.analyze import analyze_text
from store.code_issues import handle_owner
from tests.store.page_views import speakers

_ISSUE = "\n".join([
    "---",
    'title: "Index corrupt after resize · Issue #812 · petrel-db/petrel"',
    'source: "https://github.com/petrel-db/petrel/issues/812"',
    'author: "[[lbarros]]"',
    "published: 2025-06-03",
    "---",
    "# Index corrupt after resize #812",
    "",
    "Closed",
    "lbarros opened this issue on Jun 3, 2025 · 6 comments",
    "@lbarros commented on Jun 3, 2025",
    "",
    "After resizing the volume under a PetrelDB node, the secondary index returned stale rows for an hour.",
    "",
    "👍 4",
    "",
    "@nokafor commented on Jun 3, 2025",
    "Contributor",
    "",
    "I can reproduce this on a single node when the resize happens during a checkpoint, every time.",
    "",
    "nokafor mentioned this issue on Jun 4, 2025",
    "Flush index pages before a checkpoint resumes #815",
    "",
    "@hvance commented on Jun 4, 2025",
    "Member",
    "",
    "> I can reproduce this on a single node when the resize happens during a checkpoint, every time.",
    "",
    "Thanks, Nnamdi Okafor, that narrows it down. The fix is in #815.",
    "",
    "hvance closed this as completed in #815 on Jun 5, 2025",
    "",
    "Assignees",
    "hvance",
    "Labels",
    "bug",
    "priority: high",
    "",
    "Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment",
    "© 2025 GitHub, Inc.",
])


def test_an_issue_page_is_the_host_s_with_its_opener_day_and_bare_title():
    analysis = analyze_text(_ISSUE, filename="issue.md")
    assert analysis.title == "Index corrupt after resize"
    assert (analysis.source, analysis.author, analysis.date) == ("GitHub", "lbarros", "2025-06-03")
    kept = "\n".join(analysis.paragraphs)
    for chrome in ("commented on", "Contributor", "Member", "👍", "mentioned this issue", "Flush index pages",
                   "closed this", "Assignees", "priority: high", "Sign up for free"):
        assert chrome not in kept, chrome
    assert "After resizing the volume" in kept


def test_a_reply_quoting_a_comment_is_the_words_of_whoever_wrote_it():
    said = speakers(analyze_text(_ISSUE, filename="issue.md"))
    quoted = "I can reproduce this on a single node when the resize happens during a checkpoint, every time."
    assert said[quoted] == ("speech", "Nnamdi Okafor")


def test_a_handle_names_the_one_person_it_spells():
    people = ["Nnamdi Okafor", "Helen Vance", "Nora Okafor"]
    assert handle_owner("hvance", people) == "Helen Vance"
    assert handle_owner("nokafor", people) is None  # two people it could spell
    assert handle_owner("dev-bot", people) is None


def test_a_code_block_keeps_its_lines_apart():
    page = "\n".join([
        "# Replay skips segments",
        "",
        "The log after the restart read as follows, and the same happened on every node we",
        "upgraded that day.",
        "",
        "```text",
        '03:14:07 WARN wal: skipping segment 0A3 reason="torn write"',
        "03:14:07 WARN wal: skipping segment 0A4",
        "03:14:09 INFO recovery: replayed 412 segments",
        "```",
    ])
    analysis = analyze_text(page, filename="log.md")
    paragraphs = analysis.paragraphs
    assert "The log after the restart read as follows, and the same happened on every node we upgraded that day." in paragraphs
    assert '03:14:07 WARN wal: skipping segment 0A3 reason="torn write"' in paragraphs
    assert not analysis.quotes  # a value in a log, no one's words
    assert "03:14:09 INFO recovery: replayed 412 segments" in paragraphs
