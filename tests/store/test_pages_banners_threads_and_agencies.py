"""Invented pages: a US government press release under the official-site banner, a thread unrolled by a
reader site, a European news site whose logo ends in a full stop, an Egyptian business page clipped to
Markdown and a Swedish desk. The banners, cards and pitches around each story, its headline, source,
byline and date, and people and bodies named more than one way. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_government_press_release_drops_the_official_site_banner_and_names_the_agent_in_charge():
    text = "\n".join([
        "Skip to main content",
        "An official website of the United States government",
        "Here's how you know",
        "Official websites use .gov",
        "A .gov address means the site belongs to an official government organization in the United States.",
        "Secure .gov websites use HTTPS",
        "A lock icon or https:// at the start of the address shows that your connection is secure.",
        "U.S. Department of Justice",
        "Office of Public Affairs",
        "",
        "Press Release",
        "Founders of Brooklyn Payments Startup Charged in $90 Million Fraud Scheme",
        "For Immediate Release",
        "Thursday, March 13, 2025",
        "",
        "Dario Pellerin, 41, of Brooklyn, New York, was charged on Wednesday with wire fraud.",
        "",
        "\"The defendant treated customer deposits as his own,\" said Special Agent in Charge Marisol T. Quade "
        "of the FBI Newark Field Office.",
    ])
    analysis = analyze_text(text, filename="doj.txt")
    assert (analysis.title, analysis.source, analysis.date) == (
        "Founders of Brooklyn Payments Startup Charged in $90 Million Fraud Scheme", "U.S. Department of Justice",
        "2025-03-13",
    )
    shown = "\n".join(analysis.paragraphs)
    assert ".gov" not in shown and "how you know" not in shown
    assert speakers(analysis)["The defendant treated customer deposits as his own,"] == ("speech", "Marisol T. Quade")


def test_a_thread_unrolled_by_a_reader_site_takes_its_first_post_as_headline():
    text = "\n".join([
        "Thread Reader",
        "Home",
        "Log in",
        "",
        "Thread by @ledgerhawk",
        "Mara Feld",
        "@ledgerhawk",
        "4 Apr • 6 tweets • 2 min read • Read on X",
        "Bookmark",
        "Save as PDF",
        "",
        "1/ Quarry Lane Retail has an inventory problem, and the results made it plain. A thread.",
        "",
        "2/ Stock rose 40% while sales grew 3%. That gap is the story.",
        "",
        "• • •",
        "",
        "Originally posted on X by Mara Feld (@ledgerhawk) on April 4, 2025.",
        "Keep Current with Mara Feld",
        "This Thread may be Removed Anytime!",
        "Support us! We are indie developers!",
        "Become Premium",
        "Donate via Paypal",
    ])
    analysis = analyze_text(text, filename="thread.txt")
    assert analysis.title == "Quarry Lane Retail has an inventory problem, and the results made it plain. A thread."
    assert analysis.date == "2025-04-04"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Thread by", "Originally posted", "Keep Current", "Removed Anytime", "indie developers", "Premium", "Paypal"):
        assert chrome not in shown
    assert any(p.startswith("2/ Stock rose 40%") for p in analysis.paragraphs)


def test_a_european_site_with_a_logo_full_stop_finds_its_headline_writer_and_a_unions_words():
    text = "\n".join([
        "eurobrief.",
        "Latest",
        "Europe",
        "Business",
        "Log in",
        "",
        "Business",
        "Italian grid operator Reteluce agrees to buy Slovenian rival Elmark",
        "The deal would create the largest network operator on the Adriatic coast.",
        "By Chiara Bellandi",
        "with AP, EFE",
        "Published on 12/03/2025 - 09:40 GMT+1",
        "",
        "Reteluce will pay €1.1bn for Elmark. The Sindikat Energetikov Primorske (SEP), which represents about "
        "a third of Elmark's staff, said in a statement: ‘We will not accept cuts dressed up as savings.’",
    ])
    analysis = analyze_text(text, filename="eurobrief.txt")
    assert (analysis.title, analysis.source, analysis.author, analysis.date) == (
        "Italian grid operator Reteluce agrees to buy Slovenian rival Elmark", "Eurobrief", "Chiara Bellandi", "2025-03-12",
    )
    assert "with AP, EFE" not in "\n".join(analysis.paragraphs)
    assert speakers(analysis)["We will not accept cuts dressed up as savings."] == ("speech", "Sindikat Energetikov Primorske")


def test_an_egyptian_markdown_page_reads_its_byline_and_date_and_drops_its_short_link():
    text = "\n".join([
        "[Nile Ledger](https://example.org/)",
        "",
        "- [Home](https://example.org/)",
        "- [Business](https://example.org/business/)",
        "",
        "# Gulf fund to buy 25 percent of Egypt's Delta Mills for EGP 1.4 billion",
        "",
        "**Karim Soliman**, Tuesday 11 March 2025",
        "",
        "Share/Bookmark",
        "",
        "Short link:",
        "",
        "Delta Mills told the EGX on Monday that the fund would pay EGP 1.4 billion.",
        "",
        "Comment's Title",
    ])
    analysis = analyze_text(text, filename="delta.md")
    assert (analysis.author, analysis.date) == ("Karim Soliman", "2025-03-11")
    shown = "\n".join(analysis.paragraphs)
    assert "Short link" not in shown and "Share/Bookmark" not in shown and "Comment's Title" not in shown


def test_a_swedish_desk_keeps_two_people_whose_surnames_differ_by_a_letter_apart():
    text = "\n".join([
        "Stockholm payments firm's founder under investigation",
        "",
        "Ekobrottsmyndigheten, the Economic Crime Authority, confirmed on Friday that it had opened an inquiry.",
        "",
        "Chief prosecutor Ingrid Svensson said no one had been detained.",
        "",
        "Her former chairman, Per Sveensson, left the board on 16 May. Sveensson, a retired banker who is not "
        "related to the prosecutor, said in a statement that he had “no knowledge of any wrongdoing”.",
    ])
    analysis = analyze_text(text, filename="sweden.txt")
    assert entity_of(analysis, "Ekobrottsmyndigheten") == entity_of(analysis, "Economic Crime Authority")
    assert entity_of(analysis, "Sveensson") == "Per Sveensson"
    assert entities(analysis)["Ingrid Svensson"] == "PERSON"
    assert speakers(analysis)["no knowledge of any wrongdoing"] == ("speech", "Per Sveensson")
