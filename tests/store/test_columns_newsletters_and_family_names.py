"""Invented pages: a deals column copied from the browser with its two writers on lines of their own, a
reader view of an Indian business paper wrapped at a fixed width, a Cairo business site with its writer
over the share bar, a Manila paper clipped to Markdown with Filipino names and nicknames, and a newsletter
saved from a mail client. Which site and writer each page has, what it keeps, and the names such pages
use: a father and daughter by "Mr" and "Ms", a family trust beside the man it is named for, a company's
arm in one country, a city by its charter name."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_COLUMN = """Home
Companies
Markets
Deals Desk
Wealth
Subscribe

Deals Desk

Kestrel, Marlin circle Gumtree Dental as $900m sale heats up

Two buyout firms have been let into the data room of the listed dental chain.

Oliver Hensley
and
Grace Tanner

Mar 3, 2025 – 5.00am

Save
Share

Gumtree Dental confirmed it was in talks in a brief statement to the ASX on Monday night.

"The board has received unsolicited, non-binding proposals and has appointed advisers to evaluate them," \
the company said in the announcement.

Kestrel Capital managing partner Dylan Ross said the chain was "a rare asset in a fragmented market", \
though he declined to name a price. Gumtree Dental owns clinics across the Victorian countryside.

License article

Oliver Hensley is a Deals Desk reporter. Email Oliver at oliver.hensley@afr.com

Grace Tanner writes about private equity for Deals Desk. Email Grace at grace.tanner@afr.com"""


def test_two_writers_joined_on_a_line_of_their_own_and_the_paper_their_addresses_name() -> None:
    analysis = analyze_text(_COLUMN, filename="gumtree.txt")
    # the column's name heads the page and its menu lists it: a section, not the site
    assert (analysis.source, analysis.date, analysis.author) == (
        "The Australian Financial Review", "2025-03-03", "Oliver Hensley and Grace Tanner",
    )
    assert "Deals Desk" not in entities(analysis)
    assert not any("writes about" in paragraph or "is a Deals Desk reporter" in paragraph for paragraph in analysis.paragraphs)
    # the words a company gave the exchange are its announcement's, not anyone's speech
    assert speakers(analysis)["The board has received unsolicited, non-binding proposals and has appointed advisers to evaluate them,"][0] == "other"
    assert speakers(analysis)["a rare asset in a fragmented market"] == ("speech", "Dylan Ross")
    assert "Victorian" not in entities(analysis)


_WRAPPED = """business-standard.com
Father and cousin split over Deccan Rubber succession
Meera Pillai | Mumbai
Reading time: 4 min

First Published: Apr 2 2025 | 10:15 PM IST

Deccan Rubber chairman S V Kapoor wants his daughter Anjali Kapoor to
succeed him; his nephew Rohan Suri, who controls the Suri Family Trust,
says the board is being "railroaded" into the choice.

Suri, the vice-chairman, holds 12 per cent through the Suri Family Trust.
"This is a listed company, not a family estate," Suri told reporters,
adding that minority holders deserved a proper search.

"I have spent 15 years in this business," Ms Kapoor said. Mr Kapoor says
the succession was settled long ago. Related-party loans worth Rs 90 crore
are also under review.

Shareholder activist Kabir Sen wrote on X on Monday evening.

Deccan Rubber holders: read the notice. A related-party loan, a director
quitting and a succession decided over dinner. Vote against item 4.

— Kabir Sen (@kabir_sen) April 1, 2025

Don't miss the most important news and views of the day
Get them on our WhatsApp channel

Download the Business Standard app for the latest business news"""


def test_a_wrapped_reader_view_keeps_its_writer_its_post_and_tells_father_and_daughter_apart() -> None:
    analysis = analyze_text(_WRAPPED, filename="deccan.txt")
    # "| Mumbai" is where she files from; the site's address spells the name its app prompt gives
    assert (analysis.source, analysis.date, analysis.author) == ("Business Standard", "2025-04-02", "Meera Pillai")
    # a wrapped line that opens "Related-party" is the sentence going on, not a list of other stories
    assert any("Related-party loans worth Rs 90 crore" in paragraph for paragraph in analysis.paragraphs)
    quotes = speakers(analysis)
    post = next(text for text in quotes if text.startswith("Deccan Rubber holders"))
    assert post.endswith("Vote against item 4.") and quotes[post] == ("speech", "Kabir Sen")
    assert quotes["railroaded"] == ("speech", "Rohan Suri")  # what he "says" the board is being, in his word
    assert entity_of(analysis, "Mr Kapoor") == "S V Kapoor" and entity_of(analysis, "Ms Kapoor") == "Anjali Kapoor"
    # the family's trust is never called by the surname alone: "Suri" is the man
    assert entity_of(analysis, "Suri") == "Rohan Suri" and "Suri" not in aliases(analysis, "Suri Family Trust")
    assert not any(paragraph.startswith(("Don't miss", "Get them on")) for paragraph in analysis.paragraphs)


def test_a_partial_quote_after_adding_that_is_the_speakers() -> None:
    analysis = analyze_text(
        '"This is a listed company," Rohan Suri told reporters on Wednesday, adding that the board was being '
        '"railroaded" into a decision.'
    )
    assert speakers(analysis)["railroaded"] == ("speech", "Rohan Suri")


_CAIRO = """Daily News Egypt

Business

Paymint wins central bank licence, closes $30m round

Salma El-Naggar

Share
Facebook
Twitter

Egyptian fintech Paymint will connect directly to InstaPay, the central bank's instant payment network.

Paymint competes with telecom operators such as Zainet Egypt, whose Zainet Cash remains a large mobile wallet.

"We can build our own rails," chief executive Karim El-Sherif told Daily News Egypt.

© 2025 Daily News Egypt. All rights reserved."""


def test_a_writer_over_the_share_bar_and_a_companys_arm_in_one_country() -> None:
    analysis = analyze_text(_CAIRO, filename="paymint.txt")
    assert analysis.author == "Salma El-Naggar"
    kinds = entities(analysis)
    assert kinds["Zainet Egypt"] == "ORG" and kinds["InstaPay"] == "PRODUCT"


_MANILA = """[Home](https://www.bworldonline.com/) » [Corporate](https://www.bworldonline.com/corporate/)

# Bayani Land prices P8-billion bonds as senator questions reclamation

By [Jose Miguel R. Tan](https://www.bworldonline.com/author/jose-miguel-tan/)

\\- June 4, 2025

Senator Rodolfo "Rudy" C. Dimaculangan Jr. called for a halt to reclamation work off Pasay City.

"We cannot keep borrowing land from the sea," Mr. Dimaculangan said on Tuesday.

Bayani Land President Ma. Luisa P. Ocampo said every permit for its Harbor Residences project was in order. \
"We welcome any review," Ms. Ocampo told reporters.

"The market can absorb it," Lorenzo "Enzo" M. Villareal, research head at Kalayaan Securities, Inc., said \
in a Viber message. The people of Pasay have waited long enough, he added. — Jose Miguel R. Tan"""


def test_filipino_names_keep_their_maria_nickname_and_suffix_and_the_writers_sign_off_names_no_one() -> None:
    analysis = analyze_text(_MANILA, filename="bayani.md")
    quotes = speakers(analysis)
    assert quotes["We cannot keep borrowing land from the sea,"] == ("speech", "Rodolfo C. Dimaculangan Jr.")
    assert quotes["We welcome any review,"] == ("speech", "Ma. Luisa P. Ocampo")
    assert quotes["The market can absorb it,"] == ("speech", "Lorenzo M. Villareal")
    assert not {"Rudy", "Enzo"} & quotes.keys()  # nicknames inside names, which nobody said
    kinds = entities(analysis)
    assert kinds["Pasay City"] == "PLACE" and "Pasay" in aliases(analysis, "Pasay City")
    assert kinds["Viber"] == "PRODUCT" and kinds["Harbor Residences"] == "PRODUCT"
    assert "Jose Miguel R. Tan" not in kinds


_NEWSLETTER = """From: The Quill <newsletter@thequill.example>
Subject: Lumen's reset | Ottawa's compute push
Date: Thu, 6 Nov 2025 07:02:11 -0500
To: reader@example.com

View in browser

THE QUILL
The Morning Brief

Good morning. Today: a painful reset at one of Montreal's AI startups.

Lumenfold AI takes C$40M down round as co-founder exits

By Nadia Brunet

Montreal-based Lumenfold AI has raised C$40 million at half its last valuation, The Quill has learned.

"We priced this round for the market we are in," chief executive Theo Marchand wrote in a memo to staff.

IN OTHER NEWS

Ottawa earmarks C$300M for compute. The federal government will fund new data centres, officials said.
Halifax firm Kelpworks lays off 25. Chief executive Dana Moore confirmed the cuts.

You're receiving this email because you subscribed to The Quill's newsletters.
Unsubscribe
The Quill Inc., 100 King St. W., Suite 100, Toronto, ON M5X 1C9, Canada"""


def test_a_newsletters_lead_story_is_the_page_and_its_briefs_and_foot_are_chrome() -> None:
    analysis = analyze_text(_NEWSLETTER, filename="quill.eml.txt")
    assert (analysis.title, analysis.source, analysis.author) == (
        "Lumenfold AI takes C$40M down round as co-founder exits", "The Quill", "Nadia Brunet",
    )
    assert analysis.paragraphs[0].startswith("Montreal-based Lumenfold AI")
    assert not any(name in entities(analysis) for name in ("Kelpworks", "Dana Moore", "Halifax"))
    assert not any("King St." in paragraph for paragraph in analysis.paragraphs)


def test_a_surname_beside_a_family_company_and_the_man_it_is_named_for_is_the_man() -> None:
    analysis = analyze_text(
        "Colombo conglomerate Serendib Holdings said on Monday that H. P. Weerasinghe would step down as chairman. "
        "Weerasinghe Family Investments (Pvt) Ltd holds 31 per cent of the group.\n\n"
        "Weerasinghe, 74, said he would stay on the board. Analysts expect Weerasinghe to keep control of the vote."
    )
    assert entity_of(analysis, "Weerasinghe") == "H. P. Weerasinghe"
    assert "Weerasinghe" not in aliases(analysis, "Weerasinghe Family Investments (Pvt) Ltd")
