"""Invented pages: a public Telegram channel's post clipped to Markdown, a regulator's press release
with its Final Notice pasted under it, and a Cambodian business page. Each page's furniture, its
headline and source, what is named and who said what, as a reader would see it."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers


def test_a_channels_first_post_is_the_story_and_its_counters_and_later_posts_go():
    text = "\n".join([
        "---",
        'title: "Chainwatch Daily – Telegram"',
        'source: "https://t.me/chainwatch_daily/812"',
        "clipped: 2025-06-04",
        "---",
        "Chainwatch Daily",
        "@chainwatch_daily",
        "21.7K subscribers",
        "View in Telegram",
        "",
        "June 3",
        "",
        "**Veltora halts withdrawals after wallet breach**",
        "",
        "Veltora, the Malta-registered exchange, stopped all withdrawals on Tuesday after a hot wallet was drained.",
        "",
        "🔻 Deposits are paused as well",
        "",
        "Full statement from Veltora below 👇",
        "👁 12.1K",
        "edited 09:12",
        "🔥 210  👍 95",
        "",
        "Forwarded from Veltora",
        "We have contained the incident and every customer balance is covered by our reserve fund. Withdrawals "
        "will reopen once the audit is done.",
        "👁 11.4K",
        "09:20",
        "",
        "ETH steady near $3,400 as traders wait for the Fed.",
        "👁 9.8K",
        "10:05",
        "",
        "Join channel",
    ])
    analysis = analyze_text(text, filename="channel.md")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Veltora halts withdrawals after wallet breach", "Chainwatch Daily", "2025-06-03", None
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("subscribers", "View in Telegram", "👁", "edited", "Forwarded from", "ETH steady", "Join channel"):
        assert chrome not in shown
    assert "Deposits" not in entities(analysis)  # a bullet's first word, capitalised by position
    said = speakers(analysis)
    statement = next(text for text in said if text.startswith("We have contained the incident"))
    assert said[statement] == ("speech", "Veltora")


def test_a_regulators_press_release_over_its_final_notice_keeps_the_notice_and_drops_its_furniture():
    text = "\n".join([
        "Home",
        "News",
        "Press releases",
        "FCA fines former Corliss trader Owen Pelham £96,000",
        "First published: 13/06/2025",
        "See all updates",
        "",
        "The Financial Conduct Authority (FCA) has fined Owen Pelham, a former trader at Corliss Markets Limited, "
        "£96,000 for failing to report his personal trades.",
        "",
        "Read the Final Notice for Owen Pelham.",
        "Find out more about the FCA.",
        "",
        "FINAL NOTICE",
        "To: Mr Owen James Pelham",
        "Individual Reference Number: OJP00412",
        "Date: 13 June 2025",
        "",
        "1. ACTION",
        "1.1 For the reasons given in this Final Notice, the FCA imposes on Mr Pelham a financial penalty",
        "of £96,000 pursuant to section 66 of the Financial Services and Markets Act 2000 (\"the Act\").",
        "Page 1 of 9",
        "FCA Reference Number: OJP00412",
        "2. SUMMARY OF REASONS",
        "2.1 The FCA considers that Mr Pelham failed to act with integrity, in breach of Principle 1 of the",
        "Statements of Principle.",
    ])
    analysis = analyze_text(text, filename="fca.txt")
    assert (analysis.source, analysis.date) == ("Financial Conduct Authority", "2025-06-13")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("See all updates", "Read the Final Notice", "Find out more", "FINAL NOTICE", "To: Mr", "Page 1 of 9"):
        assert chrome not in shown
    assert "1. ACTION" in analysis.paragraphs  # the notice's numbered heading stands over its first paragraph
    found = entities(analysis)
    for not_a_name in ("Principle 1", "Act", "The FCA", "ACTION 1.1"):
        assert not_a_name not in found
    assert found["Statements of Principle"] == "OTHER"


def test_a_cambodian_listing_page_reads_its_styles_captions_and_the_minister():
    text = "\n".join([
        "Phnom Penh Ledger",
        "Business",
        "",
        "Rice Miller Tonle Grain Wins Nod For CSX Listing",
        "Chea Dara",
        "Publication date 3 June 2025 | 09:41 ICT",
        "Updated 4 June 2025 | 08:15 ICT",
        "",
        "H.E. Sok Vanna (centre) at the signing in Phnom Penh on Monday. Supplied",
        "",
        "Tonle Grain Milling Plc, formerly Tonle Grain Milling Co., Ltd., won approval to raise KHR 30 billion on "
        "the Cambodia Securities Exchange, its founder Oknha Lim Sophal said.",
        "",
        "The signing was presided over by H.E. Sok Vanna, Minister of Commerce. The minister said the listing "
        "showed that \"Cambodian firms are ready for public investors.\"",
        "",
        "Tonle Grain mills rice for export to Europe.",
        "",
        "Workers at a Tonle Grain mill in Battambang. KT/Sam Rithy",
    ])
    analysis = analyze_text(text, filename="ledger.txt")
    assert analysis.date == "2025-06-03"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Publication date", "Updated", "Supplied", "KT/Sam Rithy"):
        assert chrome not in shown
    found = entities(analysis)
    assert {"Sok Vanna", "Lim Sophal"} <= {name for name, kind in found.items() if kind == "PERSON"}
    assert "Commerce" not in found and "KHR 30" not in found
    assert found["Tonle Grain Milling Plc"] == "ORG" and "Tonle Grain" not in found
    assert speakers(analysis)["Cambodian firms are ready for public investors."] == ("speech", "Sok Vanna")
