"""Invented pages: a Hong Kong story saved from a reader view that hard-wraps its lines, a Baltic
paper with its menu one section a line, a South African story clipped to Markdown with its plea and
comments, a Manila story about a conglomerate and its unit, and a newsletter about a listed company.
What the page keeps, and whose each name and quotation is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_READER_VIEW = "\n".join([
    "harbourdp.com",
    "Bank asks court to wind up Sun Wah developer over unpaid loan",
    "Winnie Lau",
    "5–7 minutes",
    "",
    "Property",
    "3 March 2025",
    "",
    "China Kaiyuan Bank Corporation has asked the High Court to wind up",
    "Hong Kong-listed developer Sun Wah Estates Holdings, which owns",
    "towers in Tuen Mun and Yuen Long.",
    "",
    "Sun Wah’s chairman, Victor Chow Kam-fai, said the bank had acted",
    "“in haste”. “We have never missed a payment,” Chow told reporters.",
    "",
    "Support Harbour Daily Post",
    "",
    "Harbour Daily Post has no paywall and no owner. Since 2016 we have built a",
    "reputation for careful reporting. If you read us, please help fund",
    "us.",
    "",
    "Support us",
    "",
    "His daughter Karen Chow Wing-yan, the group’s finance director, said",
    "the group had cash. Karen Chow said: “Our creditors are treated alike.”",
    "",
    "Fact check/Corrections: if you see an error in this story, write to our",
    "editors and we will review it under our corrections policy.",
    "",
    "© Harbour Daily Post 2025",
])


def test_a_reader_view_its_writer_its_plea_and_its_wrapped_names() -> None:
    analysis = analyze_text(_READER_VIEW, filename="reader.txt")
    assert (analysis.source, analysis.date, analysis.author) == ("Harbour Daily Post", "2025-03-03", "Winnie Lau")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("5–7 minutes", "Property", "no paywall", "Support us", "corrections policy", "help fund"):
        assert chrome not in body
    names = entities(analysis)
    assert names.get("China Kaiyuan Bank Corporation") == "ORG"
    assert names.get("Sun Wah Estates Holdings") == "ORG"
    assert names.get("Yuen Long") == "PLACE"
    # "Chow" alone is the chairman; his daughter is always named in full
    assert entity_of(analysis, "Chow") == "Victor Chow Kam-fai"
    assert entity_of(analysis, "Karen Chow") == "Karen Chow Wing-yan"
    said = speakers(analysis)
    assert said["We have never missed a payment,"] == ("speech", "Victor Chow Kam-fai")
    assert said["Our creditors are treated alike."] == ("speech", "Karen Chow Wing-yan")


_MENU_PAGE = "\n".join([
    "Monday, April 7, 2025",
    "Tallinn +4°C | Riga +5°C",
    "The Amber Courier",
    "Subscribe | Log in",
    "Home",
    "News",
    "Business",
    "Politics",
    "Opinion",
    "Sports",
    "Events",
    "",
    "Estonian payments start-up Kiirmakse buys Latvian card processor",
    "2025-04-04",
    "",
    "TALLINN – Kiirmakse, a payments start-up, has agreed to buy Rigas Karte for 12 million euros.",
    "Chief executive Kadri Tamm said the deal gave the firm a second home market.",
    "The deal needs the approval of the Bank of Lithuania (Lietuvos bankas), which licensed the seller.",
])


def test_a_menu_one_section_a_line_and_a_date_bar_over_the_masthead() -> None:
    analysis = analyze_text(_MENU_PAGE, filename="menu.txt")
    assert analysis.title == "Estonian payments start-up Kiirmakse buys Latvian card processor"
    assert (analysis.source, analysis.date) == ("The Amber Courier", "2025-04-04")
    body = "\n".join(analysis.paragraphs)
    assert "Politics" not in body and "Events" not in body
    # the central bank's own name, in brackets, is the bank
    assert entity_of(analysis, "Lietuvos") == "Bank of Lithuania"


_CLIPPED = "\n".join([
    "[![Cape Ledger](https://capeledger.example/logo.svg)](https://capeledger.example/)",
    "",
    "# Karoo Drilling and its partner fight over a R900-million stake",
    "",
    "The listed driller wants its empowerment partner out, and the partner says it is being pushed out cheaply.",
    "",
    "![Lerato Dube](https://capeledger.example/lerato.jpg)",
    "",
    "By [Lerato Dube](https://capeledger.example/author/lerato-dube/)",
    "",
    "Lerato Dube is a business journalist at Cape Ledger who writes about mining.",
    "",
    "12 Aug 2025",
    "",
    "A drill rig near Rustenburg. (Photo: Cape Ledger)",
    "",
    "Gallery",
    "",
    "Karoo Mining Services and its partner, Umoya Holdings, accuse each other of bad faith. Umoya owns 26% of "
    "Karoo Drilling SA (Pty) Ltd, the group's South African operating company.",
    "",
    "In a notice on the exchange's news service, the company said:",
    "",
    '> "The board has resolved to exercise the call option in terms of the shareholders\' agreement."',
    "",
    "## Support Cape Ledger",
    "",
    "Reporting like this takes months. Join the readers who keep our journalism free.",
    "",
    "[Become a Ledger Insider](https://capeledger.example/insider/)",
    "",
    "Karoo told shareholders the price was fair. Karoo's shares fell 4%.",
    "",
    "## Comments",
    "",
    "[Write a comment](#respond)",
    "",
    "Pieter Botha · 12 Aug 2025",
    "",
    "Seen this movie before.",
    "",
    "© 2025 Cape Ledger. All rights reserved.",
])


def test_a_clipped_page_its_plea_its_comments_and_a_notice_read_out() -> None:
    analysis = analyze_text(_CLIPPED, filename="clip.md")
    assert (analysis.author, analysis.date) == ("Lerato Dube", "2025-08-12")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Gallery", "Support Cape Ledger", "Insider", "Pieter Botha", "movie", "business journalist"):
        assert chrome not in body
    # "Karoo" alone is the listed group, not its operating company
    assert entity_of(analysis, "Karoo") == "Karoo Mining Services"
    said = speakers(analysis)
    assert said["The board has resolved to exercise the call option in terms of the shareholders' agreement."][0] != "speech"


_CONGLOMERATE = "\n".join([
    "Manila Daily Ledger",
    "",
    "Dalisay unit, grid operator clash over power deal",
    "By Ana Reyes",
    "Published Jun 3, 2025",
    "",
    "Dalisay Power Corp. (DPC), the energy arm of listed conglomerate Dalisay Holdings Inc. (DHI), is "
    "contesting the end of a supply contract.",
    "",
    "“DPC has met its obligations and will pursue all remedies,” the company added in the same filing.",
    "",
    "DHI shares fell 2 percent. DPC said the plant was ready.",
    "",
    "DPC president Ramon Santos Jr. said the company would go to arbitration. Santos said the sum covered four "
    "months of fees.",
    "",
    "Batangas Rep. Lorenzo Santos, who is not related to the executive, filed a resolution. “Every idle day costs "
    "Batangas money,” Rep. Santos told reporters.",
    "",
    "Advertisement",
    "Continue reading below ↓",
])


def test_a_conglomerate_and_its_unit_stay_two_companies() -> None:
    analysis = analyze_text(_CONGLOMERATE, filename="ph.txt")
    assert entity_of(analysis, "DPC") == "Dalisay Power Corp."
    assert entity_of(analysis, "DHI") == "Dalisay Holdings Inc."
    assert "Continue reading below ↓" not in analysis.body
    # "Santos" alone is the executive named first; the congressman is always "Rep. Santos"
    assert entity_of(analysis, "Santos") == "Ramon Santos Jr."
    assert entity_of(analysis, "Rep. Santos") == "Lorenzo Santos"
    assert speakers(analysis)["Every idle day costs Batangas money,"] == ("speech", "Lorenzo Santos")
    assert speakers(analysis)["DPC has met its obligations and will pursue all remedies,"][0] != "speech"


_NEWSLETTER = "\n".join([
    "# Tidewater Notes",
    "",
    "## Quillfield's quiet quarter",
    "",
    "Quillfield reported revenue of $210 million on Thursday, up 18% from a year earlier.",
    "",
    "QLFD fell 6% in after-hours trading.",
    "",
    "Her successor, vice-president of platform Tomas Lindgren, runs most of engineering. If Lindgren keeps "
    "the pace, this is a one-day story.",
    "",
    "I have no position in Figment or Adobe.",
])


def test_a_ticker_that_trades_a_post_s_field_and_a_position_held() -> None:
    analysis = analyze_text(_NEWSLETTER, filename="post.md")
    names = entities(analysis)
    assert "QLFD" in aliases(analysis, "Quillfield")
    assert names.get("Tomas Lindgren") == "PERSON" and entity_of(analysis, "Lindgren") == "Tomas Lindgren"
    assert names.get("Figment") == "ORG"
