"""Invented pages: a trade union's press release (a regional transport body, a price index, the
press notes and the join button) and a newsletter post clipped to Markdown (its name in a linked
heading, a sign-up box, readers' comments, a memo's pulled line and a chat message)."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers

_RELEASE = "\n".join([
    "Harbourside Workers’ Union",
    "Press release",
    "3 June 2025",
    "Members at Cardel Coaches in Cardiff to strike",
    "Drivers at Cardel Coaches Ltd voted to strike after a pay offer of 2.9% against RPI inflation of 4.4%.",
    "Cardel runs school routes across Cardiff for Transport for Wales (TfW), which said it would plan cover.",
    "Regional officer Ffion Pugh said: ‘Our members kept Greater Cardiff moving all winter.’",
    "ENDS",
    "Notes to editors:",
    "1. The ballot closed on 30 May, with 212 of 240 members voting.",
    "Join the union",
    "© 2025 Harbourside Workers’ Union",
])

_POST = "\n".join([
    "---",
    'title: "Why Pellwick Cut Its Sales Team"',
    'author: "[[Ines Marlow]]"',
    "published: 2025-06-04",
    "---",
    "# [Term Sheet Weekly](https://termsheetweekly.substack.com/)",
    "",
    "# Why Pellwick Cut Its Sales Team",
    "",
    "[Ines Marlow](https://substack.com/@inesmarlow)",
    "",
    "Pellwick, the Dublin invoicing startup, let 60 people go on Monday. Its chief executive Rory Keane wrote a "
    "memo to managers the week before.",
    "",
    "The memo, which two managers shared with me, says the sales team grew faster than the product.",
    "",
    "> “We sold a roadmap we could not ship, and that is my mistake.”",
    "",
    "## Discover more from Term Sheet Weekly",
    "",
    "Funding rounds and layoffs, explained by a former founder.",
    "",
    "Type your email…",
    "",
    "Subscribe",
    "",
    "One engineer, Saoirse Doyle, posted in the company's chat before she was logged out. A colleague sent me "
    "a screenshot:",
    "",
    "> **Saoirse Doyle** 10:41",
    "> thanks for four good years everyone. i hope the roadmap ships one day",
    "",
    "## Comments",
    "",
    "Tomas B.: Every seed-stage startup learns this the hard way.",
    "",
    "Nuala Finn: Thanks for getting the memo.",
])


def test_a_regions_transport_body_an_index_and_a_greater_city_are_typed():
    found = entities(analyze_text(_RELEASE, filename="release.txt"))
    assert found["Transport for Wales"] == "ORG"
    assert found["RPI"] == "OTHER"
    assert found["Greater Cardiff"] == "PLACE"
    assert entity_of(analyze_text(_RELEASE, filename="release.txt"), "TfW") == "Transport for Wales"


def test_a_releases_notes_label_and_join_button_go_and_its_notes_stay():
    paragraphs = analyze_text(_RELEASE, filename="release.txt").paragraphs
    assert "Notes to editors:" not in paragraphs and "Join the union" not in paragraphs
    assert any(p.startswith("1. The ballot closed") for p in paragraphs)


def test_a_newsletter_named_in_a_linked_heading_is_the_source_and_its_writer_the_author():
    analysis = analyze_text(_POST, filename="post.md")
    assert analysis.source == "Term Sheet Weekly"
    assert analysis.author == "Ines Marlow"


def test_a_sign_up_box_and_readers_comments_go():
    paragraphs = analyze_text(_POST, filename="post.md").paragraphs
    assert not any(p.startswith(("Discover more", "Funding rounds and layoffs", "Type your email")) for p in paragraphs)
    assert not any(p.startswith(("Tomas B.", "Nuala Finn")) for p in paragraphs)
    assert "Tomas B" not in entities(analyze_text(_POST, filename="post.md"))


def test_a_memos_pulled_line_is_no_speech_and_a_chat_message_is_its_senders():
    quotes = speakers(analyze_text(_POST, filename="post.md"))
    memo = next(kind for text, (kind, _) in quotes.items() if text.startswith("We sold a roadmap"))
    assert memo != "speech"
    chat = next(value for text, value in quotes.items() if text.startswith("thanks for four good years"))
    assert chat == ("speech", "Saoirse Doyle")
