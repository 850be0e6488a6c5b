"""Invented pages from a GitHub issue, a German broadcaster, a London business paper, a tech site that
reports from the world and a legal trade paper: each site's own bars, bylines and prompts around the
story, and an issue thread's events around its comments. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_a_github_issue_keeps_its_comments_and_loses_its_events():
    text = "\n".join([
        "[Skip to content](#start-of-content)",
        "slatekit / slatekit",
        "Public",
        "Code · Issues 88 · Pull requests 12 · Discussions",
        "# Proposal: a steering committee for releases #912",
        "Open",
        "**mirel-d** opened this issue on Mar 4 · 12 comments",
        "Labels: `governance`",
        "",
        "**mirel-d** commented on Mar 4 · Author",
        "",
        "Since the acquisition closed in February 2025, releases wait on one company's approval.",
        "",
        "👍 9  ❤️ 2",
        "",
        "**tobyk** commented on Mar 5 · Member",
        "",
        "I agree with the direction, not the timeline.",
        "",
        "This comment was marked as off-topic.",
        "**mirel-d** closed this as completed on Mar 7",
    ])
    analysis = analyze_text(text, filename="issue.md")
    assert (analysis.title, analysis.source, analysis.date) == (
        "Proposal: a steering committee for releases", "GitHub", "2025-03-04"
    )
    assert analysis.paragraphs == (
        "Since the acquisition closed in February 2025, releases wait on one company's approval.",
        "I agree with the direction, not the timeline.",
    )


def test_a_broadcasters_and_a_business_papers_bars_and_bylines_go():
    dw = "\n".join([
        "Skip next section",
        "Navigation",
        "Live TV",
        "Business",
        "German tool maker Kessler files for insolvency",
        "The family firm blames the slump in car orders.",
        "Kessler Werkzeugbau, founded in 1921, filed for insolvency in Stuttgart on Monday, the court said.",
        "Send us your feedback",
        "Skip next section Explore more",
        "Explore more",
        "German exports fall for a second month",
        "© 2026 Deutsche Welle",
    ])
    analysis = analyze_text(dw, filename="dw.txt")
    assert analysis.title == "German tool maker Kessler files for insolvency"
    assert analysis.source != "Navigation"
    for chrome in ("Send us your feedback", "Explore more", "German exports fall for a second month"):
        assert chrome not in analysis.paragraphs
    ft = "\n".join([
        "Financial Times",
        "myFT",
        "Insurance",
        "Harbourline ousts chief executive after review of reserves",
        "Board names an interim boss while the insurer sets aside an extra £300mn",
        "Nadia Pryce in London",
        "Tomas Ortega in New York",
        "Published May 21 2025",
        "Harbourline said its chief executive had left with immediate effect, after a review of its reserves.",
        "Promoted Content",
        "Follow the topics in this article",
        "Insurance + Add to myFT",
        "Harbourline plc + Add to myFT",
    ])
    analysis = analyze_text(ft, filename="ft.txt")
    assert analysis.author == "Nadia Pryce and Tomas Ortega"
    assert analysis.paragraphs[-1].startswith("Harbourline said")


def test_a_world_tech_site_and_a_legal_paper_keep_only_the_story():
    row = "\n".join([
        "Rest of World",
        "Reporting Global Tech Stories",
        "Newsletter",
        "Regions",
        "Labor",
        "Jakarta's delivery riders strike after the app cuts their pay",
        "By Sari Wulandari",
        "May 22, 2025",
        "Read in Bahasa Indonesia",
        "Riders said the new rate of Rp 1,900 per kilometer left them short, and many now drive for Gojek and Grab.",
    ])
    analysis = analyze_text(row, filename="row.txt")
    assert analysis.title == "Jakarta's delivery riders strike after the app cuts their pay"
    assert "Read in Bahasa Indonesia" in analysis.removed
    names = entities(analysis)
    assert "Rp" not in names and names.get("Gojek") == "ORG" and names.get("Grab") == "ORG"
    law = "\n".join([
        "Law.com",
        "Two firms agree to merge as partners walk",
        "By Dana Fisk | May 19, 2025 at 05:12 PM",
        "The firms said the combined practice would have 900 lawyers.",
        "Like what you're reading? Get unlimited access to Law.com and the rest of our coverage.",
    ])
    analysis = analyze_text(law, filename="law.txt")
    assert analysis.paragraphs == ("The firms said the combined practice would have 900 lawyers.",)


def test_a_german_partnerships_legal_form_and_an_umlaut_written_out():
    text = "\n".join([
        "German tool maker files for insolvency",
        "",
        "On Monday, Kessler Werkzeugbau GmbH & Co. KG filed for insolvency. Works council chair Sabine Jürgens "
        "called it a shock. Sabine Juergens, 52, has worked there for 30 years. Its PEP fell, a rival said.",
    ])
    analysis = analyze_text(text, filename="kg.txt")
    names = entities(analysis)
    assert "Kessler Werkzeugbau GmbH & Co. KG" in names and "KG" not in names and "PEP" not in names
    assert "Sabine Juergens" not in names  # the same works council chair, her umlaut written out
