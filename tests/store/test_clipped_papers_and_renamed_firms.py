"""Invented pages: a paper clipped to Markdown whose footer names only its owner, a city-state's
wire page with its update stamp in brackets, a broadcaster's scoop dated with its clock's country, an
Israeli business paper that sets its own name in quote marks. What the page keeps, which site it is, and
the names such stories use: a government office named for its officer, two people who share a surname,
a firm's old name with an ampersand, "the UK" and "Britain", a ticker blended from a firm's words."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_CLIPPED = """---
title: "Tarnwell Bancorp Drops Its Bid for Osprey Savings"
source: "https://www.wsj.com/finance/banking/tarnwell-osprey-bid-dropped-91ab"
author:
  - "[[Leona Pratt]]"
published: 2025-05-06
tags: [clippings]
---

## Tarnwell Bancorp Drops Its Bid for Osprey Savings

By [Leona Pratt](https://www.wsj.com/news/author/leona-pratt)

Tarnwell Bancorp said Monday it had ended its bid for Osprey Savings after the Office of the \
Comptroller of the Currency asked for more time to review the lender's loan book.

Chief Executive Hugo Brandvold had called Osprey \u201cthe natural partner\u201d for a bank of its size.

Miriam Kell, Osprey's finance chief, said the lender would stay independent. Jonah Kell, a trader at \
Pellmoor Securities who isn't related to Ms. Kell, called the break fee \u201ca bargain for Tarnwell.\u201d

Write to Leona Pratt at leona.pratt@wsj.com

## Videos

- [Why Small Banks Keep Merging](https://www.wsj.com/video/small-banks-merging/1A2B)
- [The Office Loan Problem, Explained](https://www.wsj.com/video/office-loans/3C4D)

Copyright \u00a92025 Dow Jones & Company, Inc. All Rights Reserved"""


def test_a_clipped_page_is_the_paper_its_address_names_not_the_owner_in_its_footer() -> None:
    analysis = analyze_text(_CLIPPED, filename="tarnwell.md")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Tarnwell Bancorp Drops Its Bid for Osprey Savings", "The Wall Street Journal", "2025-05-06", "Leona Pratt",
    )
    # a list of the site's clips under its own heading: the heading goes with the list
    assert not any(paragraph.startswith(("Videos", "Why Small Banks")) for paragraph in analysis.paragraphs)


def test_an_office_named_for_its_officer_is_one_body_and_a_shared_surname_stays_apart() -> None:
    analysis = analyze_text(_CLIPPED, filename="tarnwell.md")
    assert entities(analysis)["Office of the Comptroller of the Currency"] == "ORG"
    # a bank holding company by its American form, though it "said" things as a person does
    assert entities(analysis)["Tarnwell Bancorp"] == "ORG"
    assert "Currency" not in entities(analysis)
    quotes = speakers(analysis)
    # a verdict on a firm named by its name is the chief executive's, not a thing's name
    assert quotes["the natural partner"] == ("speech", "Hugo Brandvold")
    # "who isn't related to Ms. Kell": the clause's name is not the one calling the fee a bargain
    assert quotes["a bargain for Tarnwell."] == ("speech", "Jonah Kell")


_WIRE_PAGE = """Skip to main content
Harbourwire
Menu
Business

Lindqvist Marine chairman quits as auditors query S$12 million in fees

The yard's board has named its finance director as acting chairman.

Bookmark
Share

Megan Foo
14 Jul 2025 06:05PM (Updated: 14 Jul 2025 08:30PM)

Get WhatsApp alerts

SINGAPORE: The chairman of Lindqvist Marine has resigned, the company said on Monday, after its \
auditors queried S$12 million in consultancy fees.

SGX RegCo, the bourse's regulatory arm, said it had asked the company for details of the fees.

Lindqvist's repair yard in Pelton employs about 600 workers. The company said any changes to its \
Memorandum of Association would need a shareholder vote.

Source: HW/mf(ag)

Also worth reading
Port operators brace for a slower second half
Shipyards hire as order books fill"""


def test_a_wire_page_keeps_its_dates_with_the_update_in_brackets_and_drops_its_buttons() -> None:
    analysis = analyze_text(_WIRE_PAGE, filename="lindqvist.txt")
    assert (analysis.date, analysis.author) == ("2025-07-14", "Megan Foo")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Get WhatsApp alerts", "Source: HW", "Also worth reading", "Port operators brace"):
        assert chrome not in body
    types = entities(analysis)
    # a body's part is a body; the town a yard is in does not employ anyone
    assert (types["SGX RegCo"], types["Pelton"]) == ("ORG", "PLACE")
    assert "Memorandum" not in types and "Memorandum of Association" not in types


_SCOOP = """Skip to content
Northline News - back to home
Home
Business

Calverley chairman to go as investors lose patience

Sir Alan Pryce is expected to leave the board of the building supplies group, Northline News understands.

Rhian Dowd, Business editor
Tuesday 14 October 2025 07:40, UK

Please use Chrome browser for a more accessible video player

A Calverley Group depot in Derby. Pic: PA

Calverley Group, which was formerly known as Mercer & Holt Building Supplies until 2019, has lost a \
third of its value since the UK housing market slowed.

Britain's builders' merchants have cut prices to win trade. Calverley told "Northline News." that it \
would not comment.

Thrilled to welcome Osgood Timber and its people to the Calverley family.
\u2014 Dana Royce (@droyce) October 13, 2025

Talkbacks
Add your comment
There are no talkbacks on this article yet"""


def test_a_scoop_dated_with_its_clocks_country_and_a_firm_known_by_its_new_name() -> None:
    analysis = analyze_text(_SCOOP, filename="calverley.txt")
    assert (analysis.source, analysis.date, analysis.author) == ("Northline News", "2025-10-14", "Rhian Dowd")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Chrome browser", "Pic: PA", "Talkbacks", "Add your comment", "no talkbacks"):
        assert chrome not in body
    # the old name with its ampersand is an alias; the name shown is the one the firm goes by now
    assert entity_of(analysis, "Mercer & Holt Building Supplies") == "Calverley Group"
    assert "Chrome" not in entities(analysis)
    # "the UK" and "Britain": one country, though the story never writes "the United Kingdom"
    assert entity_of(analysis, "UK") == entity_of(analysis, "Britain") is not None
    # "to the Calverley family": the buyer naming itself, not a family called Calverley
    assert "Calverley family" not in entities(analysis)
    # the paper's own name in quote marks quotes nobody
    assert "Northline News." not in speakers(analysis)


def test_a_ticker_blended_from_the_heads_of_a_firms_words_is_that_firm() -> None:
    analysis = analyze_text(
        "Harmattan Valley Cement Plc grew its profit by a third. Shares of HARVALLEY closed at N61.20 on "
        "Friday, while the NIGERIA index was flat.",
        filename="harmattan.txt",
    )
    assert aliases(analysis, "Harmattan Valley Cement Plc") == {"Harmattan Valley Cement Plc", "HARVALLEY"}


def test_a_body_named_for_its_country_is_the_same_body_by_its_own_word_even_named_first() -> None:
    analysis = analyze_text(
        "Kelang Pacific was queried by Bursa over its share price. Bursa Malaysia then suspended trading.\n\n"
        "The company took TDA grants for years. TDA Wales said it had backed the plant.\n\n"
        "The NHS pays for the scheme, and NHS England runs it.\n\n"
        "Kelang Pacific did not answer questions sent via X. Lim Wei Jie, its chief executive, declined to comment.",
        filename="kelang.txt",
    )
    assert entity_of(analysis, "Bursa") == "Bursa Malaysia"
    assert entity_of(analysis, "TDA") == "TDA Wales"
    # a body the world knows by its own name stays apart from its country's arm
    assert entity_of(analysis, "NHS") != entity_of(analysis, "NHS England")
    assert "Lim Wei Jie" in entities(analysis)
    assert not any(name.startswith("X.") for name in entities(analysis))
