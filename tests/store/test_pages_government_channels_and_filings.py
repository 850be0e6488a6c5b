"""Invented pages: a government press release under a cookie banner, a Ghanaian business page, a video
page with its channel and comments, a Chinese finance desk and a Brazilian deals site clipped to
Markdown. Each site's furniture, the statements and filings companies speak through, and names given
more than one way. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_government_press_release_under_a_cookie_banner_keeps_its_title_and_drops_the_banner():
    text = "\n".join([
        "Skip to main content",
        "Cookies on GOV.UK",
        "We use some essential cookies to make this website work.",
        "We’d also like to set additional cookies to understand how you use GOV.UK.",
        "Accept additional cookies",
        "Reject additional cookies",
        "View cookies",
        "GOV.UK",
        "Menu",
        "Search GOV.UK",
        "Home",
        "Business and industry",
        "Press release",
        "Regulator raises concerns over Marlowe / Tern dental clinics merger",
        "Marlowe Dental must address concerns in 12 local areas or face a deeper review.",
        "From: Competition and Markets Authority",
        "Published 9 April 2025",
        "Last updated 11 April 2025 — see all updates",
        "Get emails about this page",
        "",
        "The Competition and Markets Authority (CMA) found that the two chains compete closely in 12 local areas, "
        "including Ashby, Brindle and Corwen.",
    ])
    analysis = analyze_text(text, filename="release.txt")
    assert (analysis.title, analysis.source, analysis.date) == (
        "Regulator raises concerns over Marlowe / Tern dental clinics merger", "GOV.UK", "2025-04-09",
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("cookies", "Search GOV.UK", "Press release", "From:", "see all updates", "Get emails"):
        assert chrome not in shown
    found = entities(analysis)
    assert found["Ashby"] == "PLACE" and found["Brindle"] == "PLACE" and found["Corwen"] == "PLACE"


def test_a_ghanaian_business_page_finds_who_speaks_through_statements_and_titles():
    text = "\n".join([
        "GhanaWeb",
        "Home",
        "Business",
        "Business News of Tuesday, 4 March 2025",
        "Shea processor Karite Nord accuses state buyer of withholding nuts",
        "Shea nuts drying at a depot in Tamale. File photo",
        "Source: Ama Owusu, Contributor",
        "Comments (4)",
        "Listen to Article",
        "Full text:",
        "Karite Nord Limited has accused the National Shea Board of holding back nuts in a row over GH¢120 million.",
        "",
        "In a statement dated March 2, the processor said the board had delivered a fraction of its allocation. "
        "“The board is choking 300 jobs,” said the statement, which was signed by its spokesperson, Efua Mensah.",
        "",
        "The National Shea Board, in a response issued from Accra, said the processor owed it money. “No more "
        "credit will be extended to processors in arrears,” the response said.",
        "",
        "In an interview on Tamale-based Zaa 98.5 FM, the chairman of the Northern Shea Pickers Union, Nana "
        "Yaw Bediako III, spoke for the pickers. ‘We only want to be paid,’ the chief said.",
        "",
        "Click here to vote in the 2025 Shea Industry Awards",
    ])
    analysis = analyze_text(text, filename="shea.txt")
    assert (analysis.title, analysis.date) == ("Shea processor Karite Nord accuses state buyer of withholding nuts", "2025-03-04")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Source: Ama Owusu", "Comments (4)", "Full text:", "File photo", "Click here"):
        assert chrome not in shown
    found = entities(analysis)
    assert "GH" not in found and found["Zaa 98.5 FM"] == "ORG" and "Yaw Bediako III" in found
    said = speakers(analysis)
    assert said["The board is choking 300 jobs,"] == ("speech", "Karite Nord Limited")
    assert said["No more credit will be extended to processors in arrears,"] == ("speech", "National Shea Board")
    assert said["We only want to be paid,"] == ("speech", "Yaw Bediako III")


def test_a_video_page_names_its_channel_and_drops_its_comments():
    text = "\n".join([
        "Skip navigation",
        "Search",
        "How Shamba Ledger Plans to Lend to Farmers | Founder Interview",
        "Savanna Business TV",
        "840K subscribers",
        "Subscribe",
        "52,310 views  Mar 8, 2025",
        "Wanjiru Kamau started Shamba Ledger in Nakuru in 2020. The fintech now serves 300,000 farmers.",
        "Transcript",
        "0:03",
        "Welcome back. My guest today is Wanjiru Kamau, founder of Shamba Ledger.",
        "0:40",
        "A Lagos group offered to buy the company. Why did you say no?",
        "0:45",
        "Their offer letter said \"full control from the first day\", and we were not ready for that.",
        "Comments",
        "96 Comments",
        "Sort by",
        "@farmer_joe",
        "2 days ago",
        "Great interview, she is right about the loans.",
        "Reply",
    ])
    analysis = analyze_text(text, filename="video.txt")
    assert (analysis.source, analysis.date) == ("Savanna Business TV", "2025-03-08")
    shown = "\n".join(analysis.paragraphs)
    assert "Sort by" not in shown and "@farmer_joe" not in shown and "2 days ago" not in shown
    said = speakers(analysis)
    assert "2 days ago" not in said
    assert said["full control from the first day"][0] != "speech"


def test_a_chinese_finance_desk_drops_its_contact_lines_and_knows_an_english_name():
    text = "\n".join([
        "Developer Huaxin Harbour wins more time on bonds",
        "",
        "Bondholders of Shenzhen-based Huaxin Harbour Holdings Co. Ltd. voted to extend a note by a year.",
        "",
        "The company's finance chief, Luo Mingxuan, who goes by Karen with foreign investors, said sales must "
        "recover. Karen Luo said the firm had no other plan.",
        "",
        "Contact reporter Song Yuting (yutingsong@example.com)",
        "Contact editor Paul Hale (paulhale@example.com)",
    ])
    analysis = analyze_text(text, filename="huaxin.txt")
    shown = "\n".join(analysis.paragraphs)
    assert "Contact reporter" not in shown and "Contact editor" not in shown
    assert "Ltd." not in entities(analysis)
    assert entity_of(analysis, "Karen Luo") == "Luo Mingxuan"


def test_a_brazilian_deals_page_keeps_its_dek_under_share_icons_and_reads_its_filing():
    text = "\n".join([
        "[Arara Deals](https://example.com/)",
        "[Home](https://example.com/)",
        "",
        "# Coelho family sells 30% of Lojas Vale Verde to Jatobá Capital",
        "",
        "*By Paula Nogueira*",
        "",
        "April 2, 2025 · 5 min read",
        "",
        "![whatsapp](https://example.com/wa.svg) ![linkedin](https://example.com/li.svg)",
        "",
        "**The founding family keeps the chair, but the fund gets two board seats**",
        "",
        "The Coelho family will sell 30% of Lojas Vale Verde S.A. (B3: LVVE3), a Recife chain, to Jatobá Capital.",
        "",
        "In a *fato relevante* filed late on Thursday with the CVM, Vale Verde said the family would keep "
        "“a relevant stake and the chair of the board.”",
        "",
        "**Newsletter**",
        "Get the day's deals in your inbox.",
    ])
    analysis = analyze_text(text, filename="vale-verde.md")
    assert "The founding family keeps the chair, but the fund gets two board seats" in analysis.paragraphs
    assert "Newsletter" not in analysis.paragraphs
    assert entity_of(analysis, "Vale Verde") == "Lojas Vale Verde S.A."
    assert "LVVE3" not in entities(analysis)  # (the listing's code, read with the company's name)
    assert speakers(analysis)["a relevant stake and the chair of the board."][0] != "speech"
