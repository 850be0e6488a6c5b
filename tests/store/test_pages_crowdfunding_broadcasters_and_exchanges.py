"""Invented pages: a crowdfunding project's update, a Nordic public broadcaster's English service, a
Dhaka business page and a Kuala Lumpur business site. Each page's own furniture, what is named and who
speaks. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_crowdfunding_update_drops_backer_comments_and_buttons_and_gives_a_forwarded_email_its_writer():
    text = "\n".join([
        "Kickstarter",
        "",
        "Update #9",
        "# New Motor Supplier, New Ship Date",
        "Creator Ines Varga",
        "June 12, 2025",
        "Share this update",
        "This update is public",
        "",
        "Shipping moves to October. Our packs come from Veltra Mobility, and we switched motor suppliers.",
        "",
        "Kim Ha-eun, the supplier's sales manager for Europe, sent us this on June 2:",
        "",
        "> We can confirm 8,000 motors for Veltra Mobility, the first lot leaving Busan in August.",
        "",
        "- [x] Supply agreement signed (June 3)",
        "- [ ] First lot leaves Busan (August)",
        "",
        "[Back this project](https://www.kickstarter.com/projects/veltra/pledge)",
        "Pledge",
        "",
        "## Comments",
        "",
        "**Rafa Ortiz** Superbacker",
        "about 2 hours ago",
        "Thanks for the honesty. Happy to wait.",
        "",
        "**Lene Holm** Superbacker",
        "1 day ago",
        "Refund requested.",
        "",
        "Report this project to our Trust & Safety team",
    ])
    analysis = analyze_text(text, filename="update.md")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("This update is public", "Pledge", "Superbacker", "hours ago", "Happy to wait", "Refund requested", "Trust & Safety"):
        assert chrome not in shown
    named = entities(analysis)
    assert named["Kim Ha-eun"] == "PERSON" and named["Veltra Mobility"] == "ORG"
    assert "Supply" not in named
    said = speakers(analysis)
    assert said["We can confirm 8,000 motors for Veltra Mobility, the first lot leaving Busan in August."] == (
        "speech", "Kim Ha-eun",
    )


def test_a_nordic_broadcasters_page_takes_the_year_from_its_footer_and_reads_a_release_as_a_document():
    text = "\n".join([
        "Yle",
        "News",
        "Business",
        "",
        "Espoo software firm Lumivaara plans to cut 90 jobs",
        "12.6. 09:15",
        "Updated 12.6. 11:40",
        "",
        "In a stock exchange release published before trading opened on Nasdaq Helsinki, the company said the talks "
        "aim to achieve \"annual savings of about 9 million euros\".",
        "",
        "\"Demand has weakened faster than we expected,\" the release said.",
        "",
        "The union Insinööriliitto, which represents many of the engineers, criticised the plan.",
        "",
        "\"Our members have been through two rounds of cuts already,\" the union said.",
        "",
        "Users with an Yle ID can leave comments on our news stories. You can create your Yle ID via this link.",
        "Our guidelines on commenting and moderation are explained here.",
        "© Yle 2025",
    ])
    analysis = analyze_text(text, filename="yle.txt")
    assert analysis.date == "2025-06-12"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Updated 12.6.", "Yle ID", "guidelines on commenting"):
        assert chrome not in shown
    assert entities(analysis)["Nasdaq Helsinki"] == "ORG"
    said = speakers(analysis)
    assert said["annual savings of about 9 million euros"][0] == "other"
    assert said["Demand has weakened faster than we expected,"][0] == "other"
    assert said["Our members have been through two rounds of cuts already,"] == ("speech", "Insinööriliitto")


def test_a_dhaka_business_page_keeps_an_attributed_sentence_over_a_photo_credit_and_drops_its_update_stamp():
    text = "\n".join([
        "The Daily Star",
        "Business",
        "",
        "Bank sues Padma Knit over Tk 900cr default",
        "Arif Rahman",
        "Wed Jun 11, 2025 12:00 AM",
        "Last update on: Wed Jun 11, 2025 01:12 AM",
        "",
        "Meghna Commercial Bank PLC has sued Padma Knit Ltd to recover Tk 900 crore. Its shares fell to Tk 11.30.",
        "",
        "The bank has also declared the company a 'wilful defaulter', Hossain said.",
        "",
        "Photo: Collected",
        "",
        "Padma Knit runs factories in Chattogram.",
    ])
    analysis = analyze_text(text, filename="star.txt")
    assert "The bank has also declared the company a 'wilful defaulter', Hossain said." in analysis.paragraphs
    assert "Last update on" not in "\n".join(analysis.paragraphs)
    named = entities(analysis)
    assert "Tk" not in named and "Tk 11.30" not in named
    assert named["Chattogram"] == "PLACE"


def test_a_kuala_lumpur_business_page_strips_federal_titles_and_reads_an_exchange_query_as_a_document():
    text = "\n".join([
        "theedgemalaysia.com",
        "Corporate",
        "",
        "Penang glove maker Sinar Mewah names new chairman",
        "",
        "Sinar Mewah Bhd said Tan Sri Lim Boon Huat would retire as chairman. Group managing director Jason Ong "
        "Kok Wai takes over, and Jason Ong said the board backed him.",
        "",
        "In the query, Bursa Malaysia drew the company's attention to “the recent unusual market activity in its shares”.",
        "",
        "Theedge Daily is now on WhatsApp. Click to join",
    ])
    analysis = analyze_text(text, filename="edge.txt")
    assert "WhatsApp" not in "\n".join(analysis.paragraphs)
    named = entities(analysis)
    assert "Lim Boon Huat" in named and not any(name.startswith("Tan Sri") for name in named)
    assert entity_of(analysis, "Jason Ong") == "Jason Ong Kok Wai"
    assert named["Bursa Malaysia"] == "ORG"
    assert speakers(analysis)["the recent unusual market activity in its shares"][0] == "other"
