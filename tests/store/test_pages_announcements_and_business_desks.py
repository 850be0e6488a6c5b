"""Invented pages: a listed company's announcement on London's RNS and on an ASX announcements
platform, an Indian business paper's company story, a French broadcaster's business page and a founder's
blog post. Each page's own furniture, who publishes and who writes it, what is named and who speaks.
Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, speakers


def test_an_rns_announcement_is_the_issuers_under_the_services_headline_without_its_header_and_tail():
    text = "\n".join([
        "Regulatory Story",
        "Go to market news section",
        "",
        "Lisnagry Building Society plc - LBS",
        "Director/PDMR Shareholding",
        "Released 07:00:02 12 June 2025",
        "",
        "RNS Number : 7731Q",
        "Lisnagry Building Society plc",
        "12 June 2025",
        "",
        "Lisnagry Building Society plc (\"Lisnagry\" or the \"Society\") announces that it was notified of a purchase of "
        "ordinary shares in the Society (\"Ordinary Shares\") by persons discharging managerial responsibilities "
        "(\"PDMRs\") on 11 June.",
        "",
        "Following the purchase, Mr Dunleavy holds 40,120 Ordinary Shares.",
        "",
        "Aoife Brennock, Group Company Secretary, said: \"The purchase was made in an open period.\"",
        "",
        "Enquiries",
        "Lisnagry Building Society plc",
        "Aoife Brennock, Group Company Secretary\t+353 61 555 0101",
        "Carrowmore Partners",
        "Tadhg Ferris\t+353 87 555 0102",
        "",
        "About Lisnagry Building Society plc",
        "Lisnagry Building Society plc is a mutual lender headquartered in Limerick with 22 branches.",
        "",
        "This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the "
        "Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.",
        "",
        "END",
        "",
        "DSHQKLBFLZBBFBD",
        "",
        "Close",
        "London Stock Exchange plc is not responsible for, and does not check, content on this page.",
    ])
    analysis = analyze_text(text, filename="rns.txt")
    assert (analysis.title, analysis.source, analysis.author, analysis.date) == (
        "Director/PDMR Shareholding", "RNS", "Lisnagry Building Society plc", "2025-06-12",
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in (
        "Regulatory Story", "market news", "RNS Number", "Enquiries", "Carrowmore", "Tadhg Ferris", "About Lisnagry",
        "mutual lender", "news service", "END", "DSHQ", "Close", "not responsible",
    ):
        assert chrome not in shown
    named = entities(analysis)
    # defined terms in everyday words and a phrase's initials are no names; nor is the secretary's post
    for term in ("Ordinary", "Ordinary Shares", "PDMR", "PDMRs", "Group Company", "Society"):
        assert term not in named
    assert speakers(analysis)["The purchase was made in an open period."] == ("speech", "Aoife Brennock")


def test_an_asx_announcement_page_drops_the_platforms_header_the_letterhead_and_the_pages_furniture():
    text = "\n".join([
        "MarketPost",
        "Markets | Announcements | Alerts | Log in",
        "",
        "Yarrabee Graphite Limited (YGL)",
        "Price sensitive",
        "Placement to raise A$40 million",
        "Released 12/06/2025 08:30 AEST | 2 pages | 210 KB",
        "Download PDF | Related: Trading Halt (10/06/2025)",
        "",
        "ASX ANNOUNCEMENT",
        "12 June 2025",
        "ASX: YGL",
        "",
        "Yarrabee Graphite Limited",
        "ACN 603 118 442",
        "",
        "Yarrabee secures commitments for A$40 million placement",
        "",
        "Yarrabee Graphite Limited (ASX: YGL) (‘Yarrabee’ or the ‘Company’) has received firm commitments for a",
        "placement (‘Placement’) to raise A$40 million, which the Company will make under ASX Listing Rules 7.1 and",
        "7.1A. The Placement was led by Fenwick Lane Securities Pty Ltd and will settle on Tuesday, 17 June.",
        "",
        "Page 1 of 2",
        "",
        "Yarrabee Graphite Limited | ASX: YGL",
        "",
        "Use of funds",
        "Proceeds will fund drilling at the Mundaring Graphite Project and long-lead items for the plant, together",
        "with working capital and the costs of the offer.",
        "",
        "Yarrabee Managing Director Corinne Maddox said: “This placement lets us build on a strong year.”",
        "",
        "Page 2 of 2",
        "",
        "Yarrabee Graphite Limited | ASX: YGL",
        "",
        "This announcement has been authorised for release by the Board of Directors.",
        "",
        "For further information please contact:",
        "Corinne Maddox, Managing Director | +61 8 6555 0190",
        "Rhys Ambler, Tallow Advisory (investor relations) | +61 412 555 201",
        "",
        "Competent Person Statement",
        "The information in this announcement that relates to Mineral Resources is extracted from the announcement",
        "released on 4 March 2025.",
        "",
        "Level 4, 88 Hay Street, Perth WA 6000 | ABN 47 603 118 442",
    ])
    analysis = analyze_text(text, filename="asx.txt")
    assert (analysis.title, analysis.source, analysis.author, analysis.date) == (
        "Placement to raise A$40 million", "MarketPost", "Yarrabee Graphite Limited", "2025-06-12",
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in (
        "Price sensitive", "Released", "Download PDF", "ASX ANNOUNCEMENT", "ACN", "Page 1", "| ASX",
        "authorised for release", "further information", "Rhys Ambler", "Tallow", "Competent Person", "Hay Street",
    ):
        assert chrome not in shown
    assert "ASX: YGL" not in analysis.paragraphs
    # the heading of a hard-wrapped page stays its own paragraph
    assert "Use of funds" in analysis.paragraphs
    named = entities(analysis)
    assert named["ASX Listing Rules"] == "OTHER"
    assert named["Mundaring Graphite Project"] == "OTHER"
    for not_named in ("Placement", "Yarrabee Managing", "ASX Listing Rules 7.1", "Tallow Advisory"):
        assert not_named not in named
    assert speakers(analysis)["This placement lets us build on a strong year."] == ("speech", "Corinne Maddox")


def test_an_indian_business_papers_story_keeps_its_writer_and_a_regulations_whole_name():
    text = "\n".join([
        "BusinessDesk",
        "e-Paper",
        "Markets",
        "Companies",
        "",
        "Companies",
        "",
        "Lender sells pledged shares of Kaveri Castings; promoter stake falls",
        "",
        "Meenakshi Ravichandran",
        "Coimbatore",
        "Updated - June 12, 2025 at 05:40 PM.",
        "",
        "Comments",
        "Follow Us",
        "SHARE",
        "",
        "The foundry at the company’s Coimbatore plant. It also runs a machining facility at Perundurai | Photo Credit: R. Selvam",
        "",
        "Tiruvalla Finance Ltd has sold 12 lakh pledged shares of Kaveri Castings Ltd, a Coimbatore foundry, "
        "disclosures to the stock exchanges showed on Thursday.",
        "",
        "Under the SEBI (Substantial Acquisition of Shares and Takeovers) Regulations, 2011, a lender must disclose "
        "such a sale within two working days.",
        "",
        "Kaveri Castings runs a foundry in Coimbatore and a machining facility at Perundurai.",
        "",
        "The sale “weakens the promoter group’s financial flexibility”, the agency said in its rationale.",
        "",
        "Published on June 12, 2025",
        "",
        "COMMENTS",
        "Comments are moderated. Please keep them relevant to the article.",
        "",
        "Follow Us",
        "© Desk Publishing Pvt Ltd. All rights reserved.",
    ])
    analysis = analyze_text(text, filename="desk.txt")
    assert analysis.author == "Meenakshi Ravichandran"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Photo Credit", "Comments are moderated", "Updated -"):
        assert chrome not in shown
    named = entities(analysis)
    assert named["SEBI (Substantial Acquisition of Shares and Takeovers) Regulations, 2011"] == "OTHER"
    for piece in ("Regulations", "Takeovers", "Substantial Acquisition", "Selvam"):
        assert piece not in named
    assert named["Perundurai"] == "PLACE"
    assert speakers(analysis)["weakens the promoter group’s financial flexibility"][0] == "other"


def test_a_french_broadcasters_page_drops_its_issued_line_and_ad_slot_and_names_a_regulator_in_french():
    text = "\n".join([
        "RFI",
        "Listen",
        "France",
        "Business",
        "",
        "Business",
        "",
        "Shareholders of cognac house Marsillac ask regulator to step in",
        "The family that controls Marsillac is split over the house's next chief executive.",
        "",
        "Issued on: 12/06/2025 - 10:05",
        "Modified: 12/06/2025 - 15:40",
        "3 min",
        "",
        "Text by: Élodie Fauchard",
        "",
        "Advertising",
        "",
        "Minority shareholders of Marsillac SA wrote to the Autorité des marchés financiers (AMF) this week, "
        "asking it to look at the family holding's voting rules.",
        "",
        "Advertising",
        "",
        "The AMF does not comment on individual cases.",
    ])
    analysis = analyze_text(text, filename="rfi.txt")
    assert (analysis.source, analysis.date, analysis.author) == ("RFI", "2025-06-12", "Élodie Fauchard")
    shown = "\n".join(analysis.paragraphs)
    assert "Issued on" not in shown and "Advertising" not in shown
    assert entities(analysis)["Autorité des marchés financiers"] == "ORG"
    assert aliases(analysis, "Autorité des marchés financiers") >= {"AMF"}
    assert "Autorité" not in entities(analysis)


def test_a_founders_blog_post_drops_her_card_and_reads_its_terms_as_a_document():
    text = "\n".join([
        "---",
        "title: \"Closing Down Ledgerlark\"",
        "author: \"Petra Voss\"",
        "published: 2025-06-12",
        "---",
        "",
        "# Closing Down Ledgerlark",
        "",
        "Our biggest partner, Quillfeather Books, built its own billing in March.",
        "",
        "Owen Pryce, who runs the office at Saltmarsh Joinery in Hull, wrote back within the hour:",
        "",
        "> Please make the export easy. Our invoices all live in Ledgerlark.",
        "",
        "When I wrote our terms in 2019 I added a clause for this. Section 9.1 says:",
        "",
        "> If we end the service, we will give you at least 60 days' notice and keep your data available for export.",
        "",
        "We are giving you 90 days.",
        "",
        "[Petra Voss](https://example.blog/author/petra/)",
        "Developer in Hull. Built Ledgerlark from 2018 to 2025.",
        "",
        "[← Previous post](https://example.blog/older/) [Next post →](https://example.blog/newer/)",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert "Developer in Hull" not in "\n".join(analysis.paragraphs)
    named = entities(analysis)
    assert named["Quillfeather Books"] == "ORG" and named["Saltmarsh Joinery"] == "ORG"
    said = speakers(analysis)
    assert said["Please make the export easy. Our invoices all live in Ledgerlark."] == ("speech", "Owen Pryce")
    assert not any(text.startswith("If we end the service") and kind == "speech" for text, (kind, _) in said.items())
