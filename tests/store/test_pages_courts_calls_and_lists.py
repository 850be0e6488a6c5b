"""Invented pages from a Hong Kong court story, a Brussels vote, an earnings call transcript and a
mailing-list archive: names written with and without their marks or their Chinese given names, a
court's and a district's whole names, a company's product called by its last word, a transcript's
menu links, and a list archive's headers, signatures and list tag. Each test checks what a reader
would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers


def test_a_hong_kong_court_story_keeps_whole_names_and_finds_counsel_as_speaker():
    text = "\n".join([
        "Tycoon's widow sues stepson over family trust",
        "",
        "Raymond Chan Tak-ming faces a writ from his stepmother, Ho Wing-sze, over the Chan family's "
        "holding company.",
        "",
        "Ho filed the writ in the Court of First Instance on Monday. She lives in Mid-Levels, a few "
        "minutes from the company's office.",
        "",
        "\"My father trusted me to run the business,\" Raymond Chan said in a statement.",
        "",
        "Vivian Lok SC, counsel for Ho, said her client was \"only asking the court to look at both letters\".",
    ])
    analysis = analyze_text(text, filename="writ.txt")
    found = entities(analysis)
    assert found["Court of First Instance"] == "ORG" and "Instance" not in found and "Court" not in found
    assert found["Mid-Levels"] == "PLACE" and "Levels" not in found
    assert entity_of(analysis, "Raymond Chan") == "Raymond Chan Tak-ming"
    said = speakers(analysis)
    assert said["My father trusted me to run the business,"] == ("speech", "Raymond Chan Tak-ming")
    assert said["only asking the court to look at both letters"] == ("speech", "Vivian Lok")


def test_a_brussels_story_merges_a_surname_printed_without_its_marks_and_parliament_said_short():
    text = "\n".join([
        "MEPs back tighter rules on drone exports",
        "",
        "The European Parliament voted 412 to 201 on Wednesday for the rules, which Radosław Wędrowski "
        "drafted.",
        "",
        "Wedrowski told reporters the vote was closer than he had hoped. Parliament will now negotiate with "
        "the member states.",
    ])
    analysis = analyze_text(text, filename="vote.txt")
    assert aliases(analysis, "Radosław Wędrowski") >= {"Radosław Wędrowski", "Wedrowski"}
    assert entity_of(analysis, "Parliament") == "European Parliament"
    assert "Wedrowski" not in entities(analysis)


def test_an_earnings_call_transcript_under_menu_links_names_no_menu_word_as_its_source():
    text = "\n".join([
        "Accessibility",
        "Log In",
        "Help",
        "Quellmark Software (QLMK) Q2 2025 Earnings Call Transcript",
        "Transcribing Desk",
        "",
        "Quellmark Software (NASDAQ: QLMK)",
        "",
        "Vice President, Investor Relations -- Petra Voss",
        "",
        "Thanks, everyone. The details are in our most recent 10-Q and in the 10-K we filed in March.",
        "",
        "Sam Okoro -- Chief Executive Officer",
        "",
        "Quellmark Ledger passed 900 customers this quarter, and Ledger now brings in a third of new "
        "bookings. Most of those customers came to Ledger from our older tools.",
    ])
    analysis = analyze_text(text, filename="call.txt")
    assert analysis.source != "Accessibility"
    found = entities(analysis)
    assert not {"10-Q", "10-K", "Relations", "Investor Relations"} & set(found)
    assert entity_of(analysis, "Ledger") == "Quellmark Ledger"


def test_a_mailing_list_thread_gives_its_list_date_and_senders_and_drops_each_messages_headers():
    text = "\n".join([
        "## [dev@lists.corvane.org mailing list](https://lists.corvane.org/archives/list/dev@lists.corvane.org/)",
        "Thread View",
        "# [VOTE] Move the Corvane docs to the new site",
        "Messages sorted by: [thread](https://lists.corvane.org/t?sort=thread) [date](https://lists.corvane.org/t?sort=date)",
        "",
        "**Subject:** [VOTE] Move the Corvane docs to the new site",
        "**From:** Ilse Vandersteen <ilse at example.org>",
        "**Date:** Thu, 12 Jun 2025 10:02:11 +0200",
        "",
        "Please vote on moving the Corvane documentation to the new site by Monday.",
        "Ilse",
        "--",
        "Ilse Vandersteen",
        "Release manager, Corvane",
        "Reply",
        "**Subject:** Re: [VOTE] Move the Corvane docs to the new site",
        "**From:** Tobiah Reinholt <tobiah at example.org>",
        "**Date:** Thu, 12 Jun 2025 14:40:57 +0200",
        "",
        "+1, and thanks to Ilse for doing the work. Tobiah",
        ">",
        "Reply",
    ])
    analysis = analyze_text(text, filename="thread.md")
    assert analysis.title == "Move the Corvane docs to the new site"
    assert (analysis.source, analysis.date, analysis.author) == ("dev@lists.corvane.org", "2025-06-12", "Ilse Vandersteen")
    shown = "\n".join(analysis.paragraphs)
    assert "From:" not in shown and "Date:" not in shown and "Release manager" not in shown and "Reply" not in shown
    assert entity_of(analysis, "Tobiah") == "Tobiah Reinholt"
    assert entity_of(analysis, "Ilse") == "Ilse Vandersteen"
