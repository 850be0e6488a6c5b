"""Invented pages: an Auckland paper, a Johannesburg business site, a crypto news site, a Caribbean paper
and a wire release. Each page's promos, captions, prompts and closing sections, and what is named.
Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_an_auckland_papers_role_line_and_read_time_go():
    text = "\n".join([
        "Harbour Herald",
        "Business",
        "",
        "Dairy co-operative chief quits after farmer revolt",
        "By Aroha Tane",
        "Business Reporter·Harbour Herald·",
        "3 mins to read",
        "",
        "The chief executive of Kahurangi Dairy Co-operative Group resigned on Tuesday.",
    ])
    analysis = analyze_text(text, filename="herald.txt")
    shown = "\n".join(analysis.paragraphs)
    assert "Business Reporter" not in shown and "mins to read" not in shown


def test_a_johannesburg_sites_credited_caption_appeal_and_comment_prompts_go():
    text = "\n".join([
        "BusinessLIVE",
        "Companies",
        "",
        "Mining services group unwinds its empowerment deal",
        "Thandi Mokoena Mining editor",
        "27 May 2025 - 18:12",
        "",
        "Ingwe Mining Services CEO Johan van Rooyen.",
        "Picture: SIPHO NKOSI",
        "",
        "Ingwe Mining Services Ltd has unwound its R900m empowerment transaction.",
        "",
        "Support our award-winning journalism. The Premium package (digital only) is R30 for the first month and "
        "thereafter you pay R129 p/m now ad-free for all subscribers.",
        "Subscribe now",
        "Would you like to comment on this article?",
        "Register (it's quick and free) or sign in now.",
        "Please read our Comment Policy before commenting.",
    ])
    analysis = analyze_text(text, filename="bl.txt")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("CEO Johan van Rooyen.", "Picture:", "award-winning", "comment on this article", "quick and free", "Comment Policy"):
        assert chrome not in shown
    named = entities(analysis)
    assert "R30" not in named and "R129" not in named


def test_a_crypto_sites_promo_is_no_headline_and_its_teasers_and_disclosure_go():
    text = "\n".join([
        "CoinDesk",
        "Markets",
        "Policy",
        "Consensus 2026",
        "Consensus 2026: early-bird passes end Friday. Save 20% now",
        "BTC $104,212.55 +1.24%",
        "",
        "Policy",
        "Dubai Exchange Corvex Halts Withdrawals as Its Token Sinks 70%",
        "",
        "By Lena Marsh",
        "Published May 27, 2025, 1:02 p.m. UTC",
        "",
        "Corvex stopped withdrawals on Tuesday, the exchange said.",
        "",
        "More For You",
        "Stablecoin Issuer Expands Into Latin America",
        "",
        "Disclosure & Polices: CoinDesk is an award-winning media outlet that reports on the digital asset industry. "
        "Its journalists work under a strict set of editorial policies.",
    ])
    analysis = analyze_text(text, filename="coindesk.txt")
    assert analysis.title == "Dubai Exchange Corvex Halts Withdrawals as Its Token Sinks 70%"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Save 20%", "More For You", "Stablecoin Issuer", "Disclosure & Polices"):
        assert chrome not in shown


def test_a_caribbean_papers_contributed_caption_goes_and_its_styles_and_stations_are_read():
    text = "\n".join([
        "Island Gleaner",
        "Business",
        "",
        "Kingston conglomerate defends rights issue",
        "",
        "Group chairman Hon. Desmond Forbes addressing shareholders in Kingston on Monday. – Contributed",
        "",
        "Hon. Desmond Forbes told shareholders that the Blue Lagoon Resort would be sold. He also spoke to Radio "
        "Montego on Tuesday.",
    ])
    analysis = analyze_text(text, filename="gleaner.txt")
    assert "Contributed" not in "\n".join(analysis.paragraphs)
    named = entities(analysis)
    assert "Hon" not in named and named["Desmond Forbes"] == "PERSON"
    assert named["Blue Lagoon Resort"] == "ORG" and named["Radio Montego"] == "ORG"


def test_a_wire_releases_company_about_section_goes_even_above_a_long_tail_but_its_product_section_stays():
    text = "\n".join([
        "# Larchfield Growers Announces Chief Executive Transition",
        "",
        "TORONTO, May 27, 2025 (GLOBE NEWSWIRE) -- Larchfield Growers Inc. named Maya Okafor chief executive.",
        "",
        "Okafor joins from a grocery chain, where she ran its fresh produce business for six years.",
        "",
        "The company also warned that it may not have enough cash to meet its obligations over the next year.",
        "",
        "Its lenders have agreed to waive two covenants until the end of September.",
        "",
        "## About Fernleaf",
        "Fernleaf is the company's line of dried herbs, sold in 400 stores.",
        "",
        "## About Larchfield Growers Inc.",
        "Larchfield Growers Inc. is a Canadian producer of herbs based in Guelph, Ontario.",
        "",
        "Source: Larchfield Growers Inc.",
        "",
        "- [Share](https://example.com/share)",
        "- [Related Links](https://example.com/related)",
        "- [Contact Data](https://example.com/contact)",
        "- [Subscribe via RSS](https://example.com/rss)",
        "- [Subscribe via ATOM](https://example.com/atom)",
        "- [Javascript](https://example.com/js)",
        "- [Tags](https://example.com/tags)",
        "",
        "Newswire Distribution Network & Management",
        "",
        "- [Home](https://example.com/)",
        "- [Newsroom](https://example.com/newsroom)",
        "- [RSS Feeds](https://example.com/feeds)",
        "- [Legal](https://example.com/legal)",
        "- [Contact Us](https://example.com/contact-us)",
        "- [About Us](https://example.com/about)",
    ])
    analysis = analyze_text(text, filename="release.md")
    shown = "\n".join(analysis.paragraphs)
    assert "Fernleaf is the company's line of dried herbs, sold in 400 stores." in analysis.paragraphs
    assert "is a Canadian producer of herbs" not in shown
