"""Invented pages from a Vietnamese paper, a Mexican paper, the BBC and a US markets site: names
written two ways, relatives who share surnames, who put a question and who answered it, and the
chrome each site sets around its story. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_vietnamese_names_and_companies_written_with_and_without_diacritics():
    text = "\n".join([
        "VnExpress International",
        "Business",
        "Developer chairwoman detained over land-backed bonds",
        "Police in Hanoi have detained the chairwoman of Minh Phat Group over bonds sold to 4,000 investors.",
        "",
        "Đỗ Thị Thu Trang, 61, was detained on Monday, police said. Her deputy, Phạm Thị Thu Hằng, was also held.",
        "",
        "Minh Phát and its unit Sơn Hà Land JSC sold the bonds in 2021. Sơn Hà Land later changed its auditor.",
        "",
        "The State Securities Commission fined Minh Phat VND450 million in 2023.",
    ])
    analysis = analyze_text(text, filename="vnexpress.txt")
    names = entities(analysis)
    assert "Phạm Thị Thu Hằng" in names  # "Thu" is her middle name, not Thursday
    assert entity_of(analysis, "Minh Phát") == entity_of(analysis, "Minh Phat Group")
    assert entity_of(analysis, "Sơn Hà Land") == entity_of(analysis, "Sơn Hà Land JSC")
    assert not any("VND450" in name for name in names)


def test_siblings_sharing_both_surnames_and_a_company_statement_about_one_of_them():
    text = "\n".join([
        "Mexico News Daily",
        "Business",
        "Bakery heir sells stake as sister objects",
        "Published on Monday, May 5, 2025",
        "",
        "CEO Tomás Ibarra Quiroga has agreed to sell 20% of Panificadora Norte to a US buyer, the company said "
        "in a filing to the Mexican Stock Exchange (BMV). His sister, Lucía Ibarra Quiroga, opposes the sale.",
        "",
        "Their father, Arturo Ibarra Solís — known across Saltillo as “Don Tuco” — founded the bakery in 1971.",
        "",
        "In a statement, Panificadora Norte said its board backed the deal and described Lucía’s objections as "
        "“without merit.”",
        "",
        "Ibarra Quiroga told Reforma he expects the sale to close in August.",
        "",
        "Become a member of Mexico News Daily for as little as US $5 a month and get our weekly newsletters.",
        "Become a member",
    ])
    analysis = analyze_text(text, filename="mnd.txt")
    assert entity_of(analysis, "Ibarra Quiroga") == "Tomás Ibarra Quiroga"  # "he": the brother
    assert entity_of(analysis, "BMV") == "Mexican Stock Exchange"
    assert entity_of(analysis, "Tuco") == "Arturo Ibarra Solís"
    assert speakers(analysis)["without merit."] == ("speech", "Panificadora Norte")
    assert "Become a member" in analysis.removed
    assert any(line.startswith("Become a member of Mexico News Daily") for line in analysis.removed)


def test_an_inquiry_page_counsel_asks_a_witness_answers_and_an_email_is_shown():
    text = "\n".join([
        "Skip to content",
        "BBC",
        "Home News Sport Business Innovation Culture Travel",
        "",
        "Former council chief tells inquiry she trusted the billing system",
        "3 hours ago",
        "Share",
        "",
        "PA Media",
        "Dame Harriet Vale arrives at the inquiry",
        "",
        "The former head of the council at the centre of the billing scandal has told the Larkspur Inquiry she "
        "“never once” doubted the software.",
        "",
        "Dame Harriet Vale ran Eastmoor Council from 2010 to 2018.",
        "",
        "Counsel to the inquiry Nadia Okoro KC asked whether anyone had “ever checked a single disputed bill by hand”.",
        "",
        "The inquiry was shown an email sent in 2013 by Piers Alder, then head of support at Quillfen Systems.",
        "",
        "“The system does not make errors. Any errors are user errors,” Mr Alder wrote.",
        "",
        "Samuel Reyes, now Lord Reyes, who was the minister at the time, will give evidence next week.",
        "",
        "Watch: A former resident describes her disputed bill",
        "BBC",
    ])
    analysis = analyze_text(text, filename="bbc.txt")
    assert analysis.source == "BBC News"
    said = speakers(analysis)
    assert said["never once"] == ("speech", "Harriet Vale")  # named in the next paragraph
    assert said["ever checked a single disputed bill by hand"][0] != "speech"  # counsel's question
    assert said["The system does not make errors. Any errors are user errors,"][0] != "speech"  # the email's words
    assert entity_of(analysis, "Lord Reyes") == "Samuel Reyes"
    assert "PA Media" in analysis.removed and "Dame Harriet Vale arrives at the inquiry" in analysis.removed
    assert analysis.removed[-1] == "BBC"  # the clip's credit under "Watch: ..."


def test_a_markets_wrap_keeps_its_movers_table_and_drops_the_sites_widgets():
    text = "\n".join([
        "CNBC",
        "MARKETS",
        "Stock market today: Dow slips as Fed minutes cool rate-cut hopes",
        "Published Wed, Apr 9 2025 4:10 PM EDT",
        "Priya Lindgren",
        "Share Share Article via Facebook Share Article via Twitter Share Article via LinkedIn Share Article via Email",
        "",
        "Traders work on the floor of the New York Stock Exchange. Noel Carter | Reuters",
        "",
        "Stocks slipped Wednesday after minutes from the Federal Reserve showed officials in no hurry to cut rates. "
        "Fed Chair Jerome Powell is due to speak on Friday.",
        "",
        "Utilities were the weakest group in the S&P 500. Amsterdam bike maker Velomaro, which sells its Trek "
        "cargo bikes in 30 countries, fell 4%, said chief executive Joanna Brink of Amsterdam.",
        "",
        "Wednesday's biggest movers",
        "VLMR -4.0%",
        "ORLX +3.1%",
        "KSTR +2.2%",
        "",
        "VIDEO02:40",
        "Fed minutes: what they mean for rates",
        "",
        "Follow your favorite stocks CREATE FREE ACCOUNT",
    ])
    analysis = analyze_text(text, filename="cnbc.txt")
    names = entities(analysis)
    assert entity_of(analysis, "Fed") == "Federal Reserve"
    assert "S&P 500" in names and "S&P" not in names
    assert not {"Article", "Facebook", "Noel Carter", "New York Stock Exchange"} & names.keys()
    assert "VLMR -4.0%" in analysis.paragraphs and "Wednesday's biggest movers" in analysis.paragraphs
    for chrome in ("VIDEO02:40", "Follow your favorite stocks CREATE FREE ACCOUNT",
                   "Traders work on the floor of the New York Stock Exchange. Noel Carter | Reuters"):
        assert chrome in analysis.removed
    assert names.get("Amsterdam") == "PLACE"  # the maker's home town, not the firm a chief executive runs
