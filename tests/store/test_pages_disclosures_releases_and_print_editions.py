"""Invented pages: a Japanese company's timely disclosure in English, a government press office's
release and a print paper's web page. Each page's own furniture, its headings and tables, what is named
and whose words are quoted. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_japanese_timely_disclosure_keeps_its_numbered_headings_and_table_and_drops_its_header():
    text = "\n".join([
        "June 12, 2025",
        "Company name: Sakaimachi Denki Co., Ltd.",
        "Representative: Hanada Jiro, President and Representative Director",
        "(Securities code: 6912, TSE Prime Market)",
        "Contact: Mori Aya, General Manager, Corporate Communications Department",
        "(TEL: +81-6-6000-0000)",
        "",
        "To whom it may concern",
        "",
        "Notice Regarding Recording of an Extraordinary Loss",
        "",
        "Sakaimachi Denki Co., Ltd. (the \"Company\") hereby announces that it will record an extraordinary loss",
        "in the first quarter, as described below. The matter was resolved at a meeting of the Board of",
        "Directors held today.",
        "",
        "1. Details of the extraordinary loss",
        "(1) Impairment loss on fixed assets: 2,100 million yen",
        "Demand for sensors made at the Penang plant of Sakaimachi Denki (Malaysia) Sdn. Bhd. has fallen.",
        "In accordance with the Accounting Standard for Impairment of Fixed Assets, the Company has reduced",
        "the book value of the plant.",
        "",
        "2. Revision of earnings forecast",
        "                       Net sales   Operating profit   Net profit",
        "Previous forecast (A)     120,000           8,500        5,900",
        "Revised forecast (B)      114,000           6,100        3,200",
        "",
        "3. Message from the President",
        "President Jiro Hanada stated: \"I apologize to our shareholders for the concern this has caused.\"",
        "",
        "End",
        "This document is an English translation of the Japanese original.",
    ])
    analysis = analyze_text(text, filename="disclosure.txt")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Notice Regarding Recording of an Extraordinary Loss", "Sakaimachi Denki Co., Ltd.", "2025-06-12", None,
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Company name", "Representative:", "Securities code", "Contact:", "TEL", "To whom", "English translation"):
        assert chrome not in shown
    assert "End" not in analysis.paragraphs
    for heading in ("1. Details of the extraordinary loss", "(1) Impairment loss on fixed assets: 2,100 million yen",
                    "3. Message from the President"):
        assert heading in analysis.paragraphs
    assert any(paragraph.startswith("Previous forecast (A) |") for paragraph in analysis.paragraphs)
    named = entities(analysis)
    assert named["Sakaimachi Denki Co., Ltd."] == "ORG"
    assert named["Sakaimachi Denki (Malaysia) Sdn. Bhd."] == "ORG"
    assert named["Accounting Standard for Impairment of Fixed Assets"] == "OTHER"
    for junk in ("Impairment", "Net", "Operating", "Revised", "Malaysia", "Demand"):
        assert junk not in named
    said = speakers(analysis)
    assert said["I apologize to our shareholders for the concern this has caused."] == ("speech", "Jiro Hanada")


def test_a_government_press_release_drops_its_release_number_and_keeps_the_paragraph_over_its_rule():
    text = "\n".join([
        "Press Information Bureau",
        "Government of India",
        "Ministry of Corporate Affairs",
        "",
        "Ministry Orders Investigation into 90 Shell Companies",
        "",
        "Posted On: 12 JUN 2025 4:15PM by PIB Delhi",
        "",
        "The order was issued under Section 212 of the Companies Act, 2013 on 10 June. Inspections were made "
        "under Section 206 of the Act.",
        "",
        "The order of the Ministry states that the companies \"had no genuine business operations.\"",
        "",
        "Among them is Gulmohar Traders Pvt. Ltd. of Surat. Data was shared with State Governments.",
        "",
        "The Ministry had earlier carried out a special drive in Surat in 2023-24.",
        "",
        "***",
        "",
        "NB/KGS",
        "",
        "(Release ID: 2139999)",
        "Visitor Counter : 118",
        "Read this release in: Hindi , Urdu",
    ])
    analysis = analyze_text(text, filename="pib.txt")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("NB/KGS", "Release ID", "Visitor Counter", "Read this release"):
        assert chrome not in shown
    assert "The Ministry had earlier carried out a special drive in Surat in 2023-24." in analysis.paragraphs
    named = entities(analysis)
    assert named["Companies Act, 2013"] == "OTHER"
    assert named["Gulmohar Traders Pvt. Ltd."] == "ORG"
    assert "Act" not in named and "State Governments" not in named
    assert speakers(analysis)["had no genuine business operations."][0] == "other"


def test_a_print_papers_page_reads_its_page_dated_line_and_drops_its_comment_policy_and_teasers():
    text = "\n".join([
        "Harbour Times",
        "Business",
        "",
        "Packaging firm's founder steps down after partner dispute",
        "Sat, May 31, 2025 page10",
        "By Lin Pei-shan / Staff reporter",
        "",
        "The founder of Chaoyang Packaging Co resigned on Friday, the company said in a filing.",
        "",
        "Its new plant in Izmir, Türkiye, opens next year.",
        "",
        "MORE FROM: BUSINESS",
        "Chip exports rise for a sixth month",
        "",
        "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene "
        "language, personal attacks of any kind or promotion will be removed and the user banned.",
        "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy.",
    ])
    analysis = analyze_text(text, filename="harbour.txt")
    assert analysis.date == "2025-05-31"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("page10", "MORE FROM", "Chip exports", "Comments will be moderated", "unsubscribe"):
        assert chrome not in shown
    named = entities(analysis)
    assert named[entity_of(analysis, "Türkiye")] == "PLACE"
    assert "Privacy Policy" not in named and "Terms" not in named
