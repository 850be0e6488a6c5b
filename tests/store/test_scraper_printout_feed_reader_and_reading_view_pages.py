"""Invented pages as a scraping script prints them, as a feed reader and a browser's reading view show them,
and as a clipper saves a page whose byline stands on lines of its own: a Georgetown story under a script's
"TITLE:" / "AUTHORS:" / "PUBLISH DATE:" header, a Lilongwe story copied from a feed reader under the feed's
name and buttons, a Baku story copied from a reading view under its labels and the site's address, and a
Thimphu page whose reporter, place and date are each a paragraph; with the comment form, the comment policy
and the picture credit such pages carry."""

from __future__ import annotations

from store.analyze import analyze_text

_PRINTOUT = """TITLE: Essequibo Tug wins G$900m barge contract
AUTHORS: ['Shondel Bacchus', 'Demerara Ledger']
PUBLISH DATE: 2025-08-04 00:00:00
TOP IMAGE: https://www.demeraraledger.com/images/2025/08/essequibo-tug.jpg
URL: https://www.demeraraledger.com/2025/08/04/news/essequibo-tug-wins-barge-contract/
==================================================
Parika-based Essequibo Tug Services has won a three-year contract worth G$900 million to move fuel by barge.

"We own the barges and we train the crews," managing director Ravi Doobay told the Demerara Ledger.

Comments

The Demerara Ledger reserves the right to remove comments that are abusive or off-topic.
"""

_FEED_READER = """Lake Times – Malawi business news daily
Visit Website
Mark as Read
Save to Board
Read Later
Chiradzulu Mills seeks K2bn on MSE for maize plant
Lake Times / by Chikondi Banda / Oct 2, 2025

Blantyre-based Chiradzulu Mills plc is seeking to raise MK2 billion on the Malawi Stock Exchange to build a maize plant.

“Farmers will be paid on time,” chief executive Yamikani Mwale said.

The post Chiradzulu Mills seeks K2bn on MSE for maize plant appeared first on Lake Times - Malawi business news daily.
"""

_READING_VIEW = """Immersive Reader
Text preferences
Read aloud
Grammar tools
Reading preferences
Sumqayit Cargo lists bonds on the Baku exchange
caspianledger.az
4 minute read
3 October 2025 11:20 (UTC+04:00)
By Leyla Rzayeva

Sumqayit Cargo OJSC will raise AZN 12 million through a bond issue on the Baku Stock Exchange, the company said.

“We need the warehouse before the winter,” chairman Tural Aliyev told Caspian Ledger.
"""

_SPACED_BYLINE = """[![Druk Ledger Online](https://drukledger.example/logo.png)](https://drukledger.example/)

- [News](https://drukledger.example/category/news/)
- [Business](https://drukledger.example/category/business/)
- [Sports](https://drukledger.example/category/sports/)

[Business](https://drukledger.example/category/business/)

# Paro Tea Estates plans Nu 200M bond

Karma Wangchuk

Paro

July 3, 2025

![Tea pickers at the estate](https://drukledger.example/uploads/tea.jpg)

Paro Tea Estates Limited plans to raise Nu 200 million through a bond, the company told Druk Ledger.

“We will plant another 40 acres,” managing director Pema Choden said.

Workers sort leaves at the estate’s factory in Paro. – Picture supplied

Save my name, email, and website in this browser for the next time I comment.
"""


def test_a_scraping_script_s_printed_header_gives_title_date_writer_and_site() -> None:
    analysis = analyze_text(_PRINTOUT, filename="essequibo.txt")
    assert analysis.title == "Essequibo Tug wins G$900m barge contract"
    assert analysis.date == "2025-08-04"
    assert analysis.author == "Shondel Bacchus"
    assert analysis.source == "Demerara Ledger"
    assert not any(p.startswith(("URL:", "TITLE:", "=====")) for p in analysis.paragraphs)
    assert not any("reserves the right to remove comments" in p for p in analysis.paragraphs)


def test_a_feed_reader_s_buttons_and_the_feed_s_motto_are_not_the_page() -> None:
    analysis = analyze_text(_FEED_READER, filename="chiradzulu.txt")
    assert analysis.title == "Chiradzulu Mills seeks K2bn on MSE for maize plant"
    assert analysis.source == "Lake Times"
    assert analysis.date == "2025-10-02"
    assert not any(p in ("Visit Website", "Mark as Read", "Read Later") for p in analysis.paragraphs)


def test_a_reading_view_s_labels_and_the_site_s_address_are_not_the_page() -> None:
    analysis = analyze_text(_READING_VIEW, filename="sumqayit.txt")
    assert analysis.title == "Sumqayit Cargo lists bonds on the Baku exchange"
    assert analysis.source == "Caspian Ledger"
    assert analysis.author == "Leyla Rzayeva"
    assert not any(p in ("Immersive Reader", "Read aloud", "caspianledger.az") for p in analysis.paragraphs)


def test_a_byline_place_and_date_each_in_a_paragraph_give_the_writer_and_the_paper_behind_its_website() -> None:
    analysis = analyze_text(_SPACED_BYLINE, filename="paro.md")
    assert analysis.author == "Karma Wangchuk"
    assert analysis.date == "2025-07-03"
    assert analysis.source == "Druk Ledger"
    assert not any(p.startswith(("Karma Wangchuk", "Save my name")) or p.endswith("Picture supplied") for p in analysis.paragraphs)
