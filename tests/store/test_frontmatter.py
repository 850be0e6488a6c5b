"""Front matter: a Markdown page's own metadata block, read as the article's title, date and writers."""

from __future__ import annotations

from store.analyze import analyze_text
from store.clean import prepare_lines
from store.frontmatter import front_matter

BODY = [
    "# Introducing Larchfork: a community fork of PebbleKV",
    "",
    "On May 2, Pebble Systems said PebbleKV would leave the Apache License 2.0. Today a group of maintainers "
    "is launching Larchfork, a fork that stays under Apache 2.0.",
]


def test_yaml_front_matter_gives_title_date_and_writers_and_is_not_the_story():
    text = "\n".join([
        "---",
        'title: "Introducing Larchfork: a community fork of PebbleKV"',
        "date: 2024-05-09",
        "authors:",
        "  - Odile Brannagh",
        "  - Kwame Osei-Tutu",
        "tags: [announcements, licensing]",
        "---",
        *BODY,
    ])
    analysis = analyze_text(text, filename="post.md")
    assert analysis.title == "Introducing Larchfork: a community fork of PebbleKV"
    assert analysis.date == "2024-05-09"
    assert analysis.author == "Odile Brannagh and Kwame Osei-Tutu"
    assert not any("tags:" in p or "authors" in p for p in analysis.paragraphs)
    assert analysis.paragraphs[0].startswith("On May 2, Pebble Systems said")


def test_toml_front_matter_between_plus_lines_is_read_too():
    text = "\n".join([
        "+++",
        'title = "Why we backed Larchfork"',
        "date = 2024-06-11T09:00:00-07:00",
        'authors = ["Mireille Dacosta"]',
        "+++",
        "",
        "Larchfork keeps PebbleKV open. We are glad to back its maintainers.",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert (analysis.title, analysis.date, analysis.author) == ("Why we backed Larchfork", "2024-06-11", "Mireille Dacosta")
    assert analysis.paragraphs == ("Larchfork keeps PebbleKV open. We are glad to back its maintainers.",)


def test_a_page_that_opens_with_a_rule_has_no_front_matter():
    lines = prepare_lines("---\nJust a rule, then prose: no keys here.\n---\nMore prose.", markdown=True)
    assert front_matter(lines) is None
    broken = prepare_lines('---\ntitle: "unclosed\n  - [\n---\nText.', markdown=True)
    assert front_matter(broken) is None  # YAML that does not parse is not metadata
