"""Invented pages: the European Commission's press corner, a listed company's stock-exchange release on
its investor pages and a newsletter as its e-mail arrives. Each page's own furniture, who publishes and
who writes it, and who speaks. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers


def test_the_commissions_press_corner_gives_a_commissioner_her_words_despite_her_portfolio():
    text = "\n".join([
        "An official website of the European Union",
        "How do you know?",
        "European Commission",
        "Press corner",
        "Language",
        "English",
        "Search",
        "",
        "Press release",
        "3 April 2025",
        "Brussels",
        "",
        "Commission fines glass bottle makers €41.5 million for price-fixing cartel",
        "Page contents",
        "Top",
        "Print friendly pdf",
        "",
        "The European Commission has fined Vetroluce S.p.A. and Brennholt Glas GmbH a total of €41.5 million.",
        "",
        "Executive Vice-President Ilinca Dumitrescu, responsible for a Fair, Green and Digital Market, said: "
        "“For four years these companies met in secret to fix prices.”",
        "",
        "General public inquiries: Europe Direct by phone 00 800 67 89 10 11",
        "IP/25/987",
        "Related media",
    ])
    analysis = analyze_text(text, filename="presscorner.txt")
    assert (analysis.title, analysis.source) == (
        "Commission fines glass bottle makers €41.5 million for price-fixing cartel", "European Commission",
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("official website", "Press corner", "Page contents", "Print friendly", "Europe Direct", "IP/25/987"):
        assert chrome not in shown
    assert speakers(analysis)["For four years these companies met in secret to fix prices."] == ("speech", "Ilinca Dumitrescu")


def test_a_stock_exchange_release_on_investor_pages_drops_its_menu_contacts_and_attachments():
    text = "\n".join([
        "Brattvåg Tankers",
        "Investors",
        "Newsroom",
        "Share price",
        "Reports",
        "Subscribe to releases",
        "",
        "Back to news list",
        "",
        "Stock exchange release | Inside information",
        "12 March 2025 08:00 CET",
        "",
        "Brattvåg Tankers ASA: Private Placement Raising NOK 900 Million Completed",
        "",
        "Oslo, 12 March 2025: Brattvåg Tankers ASA has raised NOK 900 million in a private placement.",
        "",
        "Chair of the Board Sigrid Haugland adds: \"The Board has followed the process closely.\"",
        "",
        "The Board has considered the placement in light of the equal treatment rules.",
        "",
        "For further information, please contact:",
        "Anders Holte, CEO, +47 915 00 111, anders.holte@brattvag.example",
        "",
        "Attachments",
        "BRATT - Investor presentation March 2025.pdf",
    ])
    analysis = analyze_text(text, filename="release.txt")
    assert analysis.title == "Brattvåg Tankers ASA: Private Placement Raising NOK 900 Million Completed"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Share price", "Back to news list", "Inside information", "please contact", "+47", "Attachments", ".pdf"):
        assert chrome not in shown
    found = entities(analysis)
    assert found["Sigrid Haugland"] == "PERSON" and "Board" not in found and "The Board" not in found
    assert speakers(analysis)["The Board has followed the process closely."] == ("speech", "Sigrid Haugland")


def test_a_newsletter_e_mail_is_published_by_its_sender_and_written_by_its_credited_writer():
    text = "\n".join([
        "From: The Teatime Brief <brief@example.media>",
        "To: you",
        "Date: Wed, 12 Mar 2025 16:00:05 +0000",
        "Subject: Orrell pauses its Swansea plant, Daventry fined £3m",
        "",
        "# Orrell pauses its Swansea plant, Daventry fined £3m",
        "",
        "Good afternoon, and welcome to your Wednesday edition.",
        "",
        "**Orrell pauses Swansea**",
        "",
        "Orrell Components has paused a £90m plant in Swansea, blaming weak orders.",
        "",
        "Today’s Brief was written by Nia Pritchard and edited by Tom Ashdown.",
    ])
    analysis = analyze_text(text, filename="brief.md")
    assert (analysis.source, analysis.author, analysis.date) == ("The Teatime Brief", "Nia Pritchard", "2025-03-12")
    shown = "\n".join(analysis.paragraphs)
    assert "Good afternoon" not in shown and "was written by" not in shown
