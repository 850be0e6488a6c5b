"""Invented pages: a Beirut business story exported from a read-later app with the reader's highlights over
it, a Karachi paper's story printed from the browser and turned back into text line by line, a Riga site
converted to Markdown with its logo's link kept, and a Lima agency's item copied from a feed reader. What
each page keeps and which lines are chrome, who speaks under a colon or by office, and the names such pages
use: a central bank by its French initials, a ministry named both ways round, a legal form written first, a
legislature by its own word, a language, a regulator's numbered circular, a ticker shared by a parent and its
unit."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_EXPORT = """# Cedar Vale plans $400 million top-up to meet the BDL's new rules

![rw-book-cover](https://today.example.lb/assets/cover.png)

## Metadata
- Author: [[Nadine Haddad]]
- Full Title: Cedar Vale plans $400 million top-up to meet the BDL's new rules
- Category: #articles
- Published Date: 2025-09-17
- URL: https://today.example.lb/article/2231/cedar-vale-top-up.html

## Highlights
- Depositors would get back up to $50,000 over eight years, the bank said. ([View Highlight](https://read.readwise.io/read/01abc))
- Asked about the timetable, the bank's chairman was blunt: “We will not wait for anyone.” ([View Highlight](https://read.readwise.io/read/01abd))

## Full Document
Banking

# Cedar Vale plans $400 million top-up to meet the BDL's new rules

The Verdun lender wants to be first in line at the Banking Oversight Board.

By Nadine Haddad, 17 September 2025 10:05

Banque Cedar Vale SAL on Monday sent a $400 million recapitalisation plan to the Banking Oversight Board of Lebanon, the first lender to do so under the new law.

The Banque du Liban set the deadline in Intermediate Circular 771, and the plan writes off about LL 45 trillion of old lira deposits.

Karim Abou Saab, who has chaired Cedar Vale since 2014, presented it to shareholders on Tuesday. “We are asking ourselves to pay first,” Abou Saab said.

Depositors would get back up to $50,000 over eight years, the bank said.

Asked about the timetable, the bank's chairman was blunt: “We will not wait for anyone.”

Depositors remain wary. “They promised us this before,” said Hiba Nassar, who speaks for a group of depositors.

The BDL has asked two other lenders for plans by December.
"""


def test_a_read_later_export_reads_its_metadata_list_and_keeps_only_the_page() -> None:
    analysis = analyze_text(_EXPORT, filename="cedar-vale.md")
    assert analysis.title == "Cedar Vale plans $400 million top-up to meet the BDL's new rules"
    assert (analysis.author, analysis.date) == ("Nadine Haddad", "2025-09-17")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("View Highlight", "Full Title", "Metadata", "Full Document", "By Nadine Haddad"):
        assert chrome not in body
    # the highlights repeat the page: its sentences are read once, where the page has them
    assert body.count("over eight years") == 1
    assert body.count("We will not wait for anyone.") == 1


def test_an_export_of_highlights_alone_keeps_them_without_their_links_back() -> None:
    export = _EXPORT.split("## Full Document")[0]
    analysis = analyze_text(export, filename="cedar-vale-highlights.md")
    body = "\n".join(analysis.paragraphs)
    assert "over eight years" in body
    assert "View Highlight" not in body and "Highlight" not in entities(analysis)


def test_an_export_names_the_bank_by_its_initials_its_short_name_and_its_country() -> None:
    analysis = analyze_text(_EXPORT, filename="cedar-vale.md")
    assert entity_of(analysis, "BDL") == entity_of(analysis, "Banque du Liban")
    assert entity_of(analysis, "Cedar Vale") == "Banque Cedar Vale SAL"
    assert entity_of(analysis, "Banking Oversight Board") == entity_of(analysis, "Banking Oversight Board of Lebanon")
    named = entities(analysis)
    # a plural that opens sentences, a numbered circular and the lira's sign are no names
    for word in ("Depositors", "Intermediate Circular", "Circular", "LL 45", "LL"):
        assert word not in named


def test_the_office_that_opens_a_clause_before_a_colon_is_the_one_the_story_gave_it() -> None:
    quotes = speakers(analyze_text(_EXPORT, filename="cedar-vale.md"))
    # "who has chaired Cedar Vale": the chairman, though the last name before the words is the bank's
    assert quotes["We will not wait for anyone."] == ("speech", "Karim Abou Saab")
    assert quotes["They promised us this before,"] == ("speech", "Hiba Nassar")


_PRINTOUT = """10/14/25, 8:02 AM
Shahbaz Steel prices Rs9bn rights issue as SECP reviews trading | The Karachi Ledger
The Karachi Ledger
Today's Paper
Latest
Business
Shahbaz Steel prices Rs9bn rights issue as SECP reviews trading
By Farah Naz Siddiqui
October 14, 2025
LAHORE: Shahbaz Steel Limited has priced a Rs9 billion rights issue at Rs25 a share, a week
after the regulator began reviewing unusual trading in its shares ahead of the board's decision
and payments the company made to a scrap dealer owned by relatives of its
sponsors.
The Kasur-based company told the bourse on Friday that its board had approved the issue to
fund a new rolling mill and repay short-term loans taken from a group of Lahore banks in the
https://www.karachiledger.example/print/88123-shahbaz-steel-rights-issue
1/2
10/14/25, 8:02 AM
Shahbaz Steel prices Rs9bn rights issue as SECP reviews trading | The Karachi Ledger
spring of last year, when steel prices fell.
Imran Latif, the company's chairman, said his family would take up all of its shares. "Every
rupee is ours before it is anyone else's," Latif told the paper.
The chairman dismissed talk that the review would delay the issue:
"The review has nothing to do with the issue, and the issue will go ahead on time."
Comments
Comments are moderated and generally will be posted if they are on-topic.
Name*
Email*
Post Comment
https://www.karachiledger.example/print/88123-shahbaz-steel-rights-issue
2/2
"""


def test_a_printout_turned_back_into_text_line_by_line_drops_the_browsers_header_and_footer() -> None:
    analysis = analyze_text(_PRINTOUT, filename="shahbaz.txt")
    assert analysis.title == "Shahbaz Steel prices Rs9bn rights issue as SECP reviews trading"
    assert (analysis.source, analysis.author, analysis.date) == ("The Karachi Ledger", "Farah Naz Siddiqui", "2025-10-14")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("8:02 AM", "karachiledger.example", "1/2", "2/2", "Comments are moderated", "Name*", "Post Comment"):
        assert chrome not in body
    # a sentence the page break cut goes on across the footer and header; "sponsors." ends a sentence, no ad's label
    assert "taken from a group of Lahore banks in the spring of last year" in body
    assert "relatives of its sponsors." in body and "The Kasur-based company told the bourse" in body


def test_the_office_over_a_quotation_on_its_own_line_speaks_it() -> None:
    quotes = speakers(analyze_text(_PRINTOUT, filename="shahbaz.txt"))
    assert quotes["The review has nothing to do with the issue, and the issue will go ahead on time."] == (
        "speech", "Imran Latif"
    )


_MARKDOWN_SITE = """[ ](https://eng.example.lv/ "RTV.lv")

  * [Latvia](https://eng.example.lv/latvia/)
  * [Economy](https://eng.example.lv/economy/)

#### Economy

# Valmiera robot maker Dzenis wins EUR 9 million Bundeswehr order

October 2, 2025 09:10

Author: Ilze Kalniņa (RTV English)

**Valmiera-based Dzenis Robotics has won a EUR 9 million order for ground robots, the Ministry of Economics announced on Thursday.**

Oslo-based Fjell Kapital will take a 20% stake in SIA Dzenis Robotics, the company said.

"The order shows what our engineers can do," the Economics Ministry said in a statement.

The order was debated in the Saeima on Friday, where deputies of the Baltic states' defence committees met.

If you notice an error in the text, please highlight it and press Ctrl+Enter to send it to the editors.
"""


def test_a_converted_page_takes_its_site_from_the_logos_link_and_its_writer_without_the_desk() -> None:
    analysis = analyze_text(_MARKDOWN_SITE, filename="dzenis.md")
    assert (analysis.source, analysis.author) == ("RTV", "Ilze Kalniņa")
    body = "\n".join(analysis.paragraphs)
    assert "Ctrl+Enter" not in body and "Author:" not in body


def test_a_ministry_named_both_ways_a_legal_form_written_first_and_a_legislature_are_one_body_each() -> None:
    analysis = analyze_text(_MARKDOWN_SITE, filename="dzenis.md")
    assert entity_of(analysis, "Economics Ministry") == entity_of(analysis, "Ministry of Economics")
    assert entity_of(analysis, "SIA Dzenis Robotics") == entity_of(analysis, "Dzenis Robotics")
    named = entities(analysis)
    assert named["Saeima"] == "ORG"
    assert "Baltic" not in named and "Ctrl" not in named


_FEED_ITEM = """Andes Wire - Economy
Peru: Quillay Mining wins approval for US$210 million Rumi copper project
https://andeswire.example.pe/english/news-quillay-mining-rumi-1041.aspx
Tue, 04 Nov 2025 10:15:00 -0500

Lima, Nov. 4 (ANDES WIRE). Compañía Minera Quillay S.A.A. has obtained approval of the environmental study for its Rumi copper project, the Superintendency of the Securities Market (SMV) said.

Quillay said the project would create 1,500 jobs. The company's shares, which trade on the Lima Stock Exchange under the ticker QUILLAYC1, rose 4.1% on Tuesday.

"Water comes first for us," community leader Rosa Mamani Ccori said in Quechua through an interpreter.
"""


def test_a_feed_item_takes_its_site_from_the_feeds_title_without_the_section() -> None:
    analysis = analyze_text(_FEED_ITEM, filename="quillay.txt")
    assert analysis.source == "Andes Wire"


def test_a_feed_item_names_a_company_after_its_spanish_prefix_a_regulator_whole_and_no_language() -> None:
    analysis = analyze_text(_FEED_ITEM, filename="quillay.txt")
    assert entity_of(analysis, "Quillay") == "Compañía Minera Quillay S.A.A."
    assert entity_of(analysis, "SMV") == "Superintendency of the Securities Market"
    named = entities(analysis)
    for word in ("Quechua", "QUILLAYC1", "Superintendency"):
        assert word not in named


_TICKERS = """Insurer's shares slide on profit warning

NAIROBI, Kenya - Simba Assurance Group Plc on Thursday warned that its full-year profit would fall by half.

Simba Assurance said losses at its medical unit, Simba Health Ltd, had widened. Simba Assurance will also sell a stake.

SBAG fell 8.1 percent to Sh5.20 on Thursday.

The contract was placed through the NATO Support and Procurement Agency, while NATO allies paid.
"""


def test_a_moving_ticker_is_the_company_named_most_and_an_alliance_heading_an_agency_stays_itself() -> None:
    analysis = analyze_text(_TICKERS, filename="simba.txt")
    assert entity_of(analysis, "SBAG") == "Simba Assurance Group Plc"
    assert entity_of(analysis, "Simba Health Ltd") == "Simba Health Ltd"
    assert "NATO" not in aliases(analysis, "NATO Support and Procurement Agency")
    assert entity_of(analysis, "NATO") == "NATO"
