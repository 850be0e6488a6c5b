"""Invented pages from a chat channel exported to Markdown, a Thai business desk, a Canadian paper, a
finance portal carrying a wire story and a newsletter-style site: the chat tool's own lines, the
names and tickers of a listed family firm, and each site's buttons, chips and labels around the story.
Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_chat_export_names_its_posters_and_gives_the_status_page_to_the_company():
    text = "\n".join([
        "---",
        "outlet: The Night Desk",
        "author: Imke Vollrath",
        "date: 2025-03-12",
        "---",
        "",
        "# Inside the Channel Where Tolliver Chased Its Login Outage",
        "",
        "*[Editor's note: Tolliver's #sev1-login channel, shared with The Night Desk.]*",
        "",
        "# #sev1-login",
        "",
        "**PagerDuty** APP 9:10 AM",
        "[FIRING] login-api: success rate 40%. Service: Tolliver Checkout.",
        "",
        "**Oskar Brandvold** 9:12 AM",
        "logins failing since 9:05, rolling back Tolliver Gate v2.3 now",
        "↳ 2 replies",
        "",
        "**Leontine Achebe** 9:20 AM",
        "posted to the status page: \"Investigating - Some customers cannot pay through Tolliver Checkout.\"",
        "",
        "Today at 9:40 AM",
        "",
        "Ravi Castellano joined #sev1-login",
        "",
        "**Ravi Castellano** 9:41 AM",
        "Marrow & Finch's CTO just emailed me: \"is this why our dashboards are empty??\"",
        "",
        "Pinned by Leontine Achebe",
        "**Leontine Achebe** 9:58 AM",
        "Rollback done. Thanks Oskar.",
    ])
    analysis = analyze_text(text, filename="export.md")
    found = entities(analysis)
    assert found["Oskar Brandvold"] == "PERSON" and found["Ravi Castellano"] == "PERSON"
    assert not any(name[-1].isdigit() for name in found if name.startswith(("Oskar", "Leontine", "Ravi")))
    assert found["Tolliver"] == "ORG" and found["Tolliver Gate"] == "PRODUCT" and found["Tolliver Checkout"] == "PRODUCT"
    assert not {"↳ 2 replies", "Today at 9:40 AM", "Ravi Castellano joined #sev1-login", "Pinned by Leontine Achebe",
                "#sev1-login"} & set(analysis.paragraphs)
    said = speakers(analysis)
    assert said["Investigating - Some customers cannot pay through Tolliver Checkout."] == ("speech", "Tolliver")
    assert said["is this why our dashboards are empty??"] == ("speech", None)


def test_a_thai_heir_by_nickname_honorific_and_two_spellings_with_his_firms_ticker():
    text = "\n".join([
        "Bangkok Post",
        "Business",
        "Wongsakul heir quits as head of listed retail arm",
        "PUBLISHED : 3 March 2025 at 06:10",
        "NEWSPAPER SECTION: Business",
        "WRITER: Orathai Meesuk",
        "",
        "Kittipong Wongsakul has resigned as chief executive of Wongsakul Retail Public Company Limited "
        "(SET: WGRET), the listed arm of his family's group.",
        "",
        "In a filing to the Stock Exchange of Thailand, the company said it had accepted the resignation of "
        "Mr Kitipong Wongsakun.",
        "",
        "WGRET shares fell 6% on Monday. The family had pledged land in Lat Phrao and Bang Kapi districts.",
        "",
        "Mr Kittipong, known as Khun Pete, wrote in Thai: \"ขอโทษ\" (\"I am sorry\").",
        "",
        "The Securities and Exchange Commission said it had written to the company, and that it was "
        "\"reviewing every transaction\" with the family.",
        "",
        "Related search: Wongsakul Retail, WGRET, SET",
        "Do you like the content of this article?",
        "Like",
        "Dislike",
    ])
    analysis = analyze_text(text, filename="bp.txt")
    assert analysis.author == "Orathai Meesuk"
    assert entity_of(analysis, "Kitipong Wongsakun") == "Kittipong Wongsakul"
    assert entity_of(analysis, "WGRET") == entity_of(analysis, "Wongsakul Retail Public Company Limited")
    found = entities(analysis)
    assert found["Lat Phrao"] == "PLACE" and found["Bang Kapi"] == "PLACE"
    assert found["Stock Exchange of Thailand"] == "ORG" and "Khun Pete" not in found
    said = speakers(analysis)
    assert said["I am sorry"] == ("speech", "Kittipong Wongsakul")
    assert said["reviewing every transaction"] == ("speech", "Securities and Exchange Commission")
    assert not {"NEWSPAPER SECTION: Business", "WRITER: Orathai Meesuk", "Like", "Dislike",
                "Do you like the content of this article?"} & set(analysis.paragraphs)


def test_a_canadian_papers_masthead_gallery_caption_and_circular():
    text = "\n".join([
        "Skip to main content",
        "The Globe and Mail",
        "Menu",
        "Report on Business",
        "Economy",
        "Markets",
        "Lapointe family agrees to sell its seed company to an Ontario pension fund",
        "Colette Brunel",
        "Published March 3, 2025",
        "Save for later",
        "",
        "Open this photo in gallery:",
        "Henri Lapointe at the company's greenhouses in Lévis on Monday. Marc Dufresne/The Globe and Mail",
        "",
        "Henri Lapointe agreed to sell Semences Lapointe to the pension fund, according to a proxy circular.",
        "",
        "The circular says the board concluded the price was \"fair to minority shareholders.\"",
        "",
        "\"We wanted owners who would stay,\" Nadine Roy, a partner at Brume Capital, which advised the family, "
        "told The Globe.",
        "",
        "Report an editorial error",
        "Editorial code of conduct",
    ])
    analysis = analyze_text(text, filename="globe.txt")
    assert analysis.title == "Lapointe family agrees to sell its seed company to an Ontario pension fund"
    assert analysis.paragraphs[0].startswith("Henri Lapointe agreed")
    said = speakers(analysis)
    assert said["fair to minority shareholders."][0] != "speech"
    assert said["We wanted owners who would stay,"] == ("speech", "Nadine Roy")
    assert "Marc Dufresne" not in entities(analysis)


def test_a_portal_carrying_a_wire_story_loses_its_quote_chips():
    text = "\n".join([
        "Yahoo Finance",
        "Markets",
        "Orrisford Labs sued by pension fund over heart monitor recall",
        "Reuters",
        "Mon, March 3, 2025, 7:02 AM 2 min read",
        "In this article:",
        "ORFL",
        "-4.10%",
        "",
        "March 3 (Reuters) - Orrisford Labs Inc (NASDAQ:ORFL) was sued by a pension fund over the recall of "
        "its PulseTrace monitors.",
        "",
        "ORFL -2.40 (-4.10%)",
        "",
        "The proposed class action, filed on Friday in federal court by the Dunmore Teachers' Fund, says the "
        "company made \"false and misleading statements\" about the monitors.",
        "",
        "Story continues",
        "",
        "Orrisford said it would fight the claims.",
        "Recommended Stories",
        "Device makers slide as recalls mount",
        "Privacy Dashboard",
    ])
    analysis = analyze_text(text, filename="yahoo.txt")
    assert analysis.paragraphs == (
        "March 3 (Reuters) - Orrisford Labs Inc (NASDAQ:ORFL) was sued by a pension fund over the recall of "
        "its PulseTrace monitors.",
        "The proposed class action, filed on Friday in federal court by the Dunmore Teachers' Fund, says the "
        "company made \"false and misleading statements\" about the monitors.",
        "Orrisford said it would fight the claims.",
    )
    assert speakers(analysis)["false and misleading statements"][0] != "speech"


def test_a_nickname_inside_the_name_after_a_quote_and_a_firm_described_after_the_job():
    text = "\n".join([
        "Chipmaker's founder leaves after board fight",
        "",
        "\"Investors forgive a bad quarter, not a bad board,\" Pimpaka \"Mint\" Charoenrat, head of research "
        "at Lotus Gate Securities, told reporters.",
        "",
        "\"Boards exist for this,\" Anand Iyer, a partner at Kestrel Row, which has no stake in the company, "
        "told the paper.",
    ])
    said = speakers(analyze_text(text, filename="two.txt"))
    assert said["Investors forgive a bad quarter, not a bad board,"] == ("speech", "Pimpaka Charoenrat")
    assert said["Boards exist for this,"] == ("speech", "Anand Iyer")


def test_a_call_transcript_keeps_its_turns_and_loses_its_pitch_and_repeated_cast():
    text = "\n".join([
        "Corvane Grid (CVGR) Q2 2025 Earnings Call Transcript",
        "Motley Fool Transcribing",
        "",
        "Prepared Remarks:",
        "Operator",
        "Good afternoon and welcome to the Corvane Grid second-quarter call. I will now hand over to the chief executive.",
        "Ines Marlowe -- Chief Executive Officer",
        "Thank you. Revenue grew 18% and we signed two utilities in Portugal.",
        "",
        "Questions & Answers:",
        "Operator",
        "Thank you. Our first question comes from Paolo Serra with Barclays. Your line is open.",
        "Paolo Serra -- Analyst at Barclays",
        "How should we think about margins in the second half?",
        "",
        "Call participants:",
        "Ines Marlowe -- Chief Executive Officer",
        "Paolo Serra -- Analyst at Barclays",
        "More CVGR analysis",
        "All earnings call transcripts",
        "",
        "This article is a transcript of this conference call produced for The Motley Fool. Errors may remain.",
        "Should you invest $1,000 in Corvane Grid right now?",
        "See the 10 stocks »",
        "*Stock Advisor returns as of August 4, 2025",
        "The Motley Fool has a disclosure policy.",
    ])
    paragraphs = analyze_text(text, filename="call.txt").paragraphs
    assert "Prepared Remarks:" in paragraphs and "Questions & Answers:" in paragraphs
    assert paragraphs.count("Operator") == 2
    assert paragraphs[-1].endswith("How should we think about margins in the second half?")
    assert not any("Call participants" in p or "Motley Fool has" in p or "10 stocks" in p for p in paragraphs)


def test_riyals_written_against_the_amount_name_nothing_and_an_exchange_keeps_its_clearing():
    text = "\n".join([
        "Riyadh logistics firm prices its listing",
        "",
        "Sahra Freight will raise SR1.2 billion ($320 million) on the Saudi Exchange, valuing it at SR4.8 billion.",
        "",
        "Its Hong Kong peer, listed on Hong Kong Exchanges and Clearing, trades at a discount.",
        "",
        "On Tue, May 20, 2025 at 6:02 PM Rana Haddad <rana at example.org> wrote:",
        "Short Url",
        "Press play to listen to this article",
        "Voiced by artificial intelligence.",
    ])
    analysis = analyze_text(text, filename="an.txt")
    found = entities(analysis)
    assert not any(name.startswith("SR") for name in found)
    assert found["Hong Kong Exchanges and Clearing"] == "ORG" and "Clearing" not in found
    assert len(analysis.paragraphs) == 2
