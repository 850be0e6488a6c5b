"""Invented pages: a game studio's announcement in a Discord channel, a company's notice on an exchange's
news service, and an East African listing story. Their headlines, sources and writers, their furniture,
who is named and who said what, as a reader would see them."""

from __future__ import annotations

from store.analyze import analyze_text
from store.metadata import parse_date
from tests.store.page_views import entities, speakers


def test_a_channels_longest_message_is_the_story_and_the_channel_around_it_is_furniture():
    text = "\n".join([
        "---",
        'title: "Discord | #announcements | Mossgate Hearth"',
        'source: "https://discord.com/channels/1/2"',
        "created: 2025-06-03",
        "---",
        "# announcements",
        "Official news from the Mossgate team. Chat about it in #general!",
        "",
        "📌 Pinned message: Mossgate is joining Harrowfield Games — see all pinned messages",
        "",
        "Lantern BOT",
        "Today at 09:00",
        "Reminder: the weekend playtest closes Sunday.",
        "",
        "Ada Lindqvist — Today at 09:41",
        "Studio Lead",
        "# Mossgate is joining Harrowfield Games",
        "",
        "Hi everyone! Mossgate Studio has been acquired by Harrowfield Games. The deal closes on June 9 and all "
        "five of us stay on, here in Leeds, working on the same game with the same odd ideas.",
        "",
        "Full FAQ: https://mossgate.example/news/faq",
        "Mossgate Studio",
        "Mossgate joins Harrowfield: your questions answered",
        "",
        "🎉 212",
        "",
        "View thread · 14 replies",
        "pondskater — Today at 09:44",
        "congrats!! does this mean a console port??",
        "",
        "Jump to present",
        "Message #announcements",
        "You do not have permission to send messages in this channel.",
    ])
    analysis = analyze_text(text, filename="channel.md")
    assert (analysis.title, analysis.source, analysis.author) == (
        "Mossgate is joining Harrowfield Games", "Discord", "Ada Lindqvist"
    )
    shown = "\n".join(analysis.paragraphs)
    assert "has been acquired by Harrowfield Games" in shown and "Full FAQ:" in shown
    for chrome in ("Official news from", "Pinned message", "Lantern", "Reminder:", "Today at", "Studio Lead",
                   "your questions answered", "View thread", "console port", "Jump to present", "Message #",
                   "permission to send"):
        assert chrome not in shown, chrome


def test_an_exchange_notice_names_its_country_and_not_its_register_and_its_service_footer_goes():
    text = "\n".join([
        "Exchange News",
        "",
        "Cautionary Announcement",
        "",
        "Shareholders are advised that Sediba Chrome Limited has received an approach from Kransberg "
        "Metals (Pty) Ltd regarding a possible offer.",
        "",
        "Sediba Chrome Limited (Incorporated in the Republic of South Africa) (Registration number "
        "2006/011122/06) will publish terms if an offer is made.",
        "",
        "Produced by the JSE SENS Department. The SENS service is an information dissemination service run "
        "by the JSE Limited.",
    ])
    analysis = analyze_text(text, filename="notice.txt")
    found = entities(analysis)
    assert found.get("Republic of South Africa") == "PLACE"
    assert "Incorporated" not in found and "Registration" not in found
    assert "Produced by the JSE SENS Department" not in "\n".join(analysis.paragraphs)


def test_a_listing_storys_city_is_no_exchanges_short_name_and_a_speaker_is_found_past_a_who_clause():
    text = "\n".join([
        "The Coast Ledger",
        "",
        "Sisal processor Pwani lists on DSE",
        "",
        "Dar es Salaam. Pwani Sisal Processors Limited yesterday listed on the Dar es Salaam Stock Exchange (DSE).",
        "",
        "The TSh30bn raised will pay for a new line in Tanga. Raw sisal fibre prices rose; sisal exports grew; "
        "sisal farmers cheered.",
        "",
        "‘This price is an insult to the people who stayed for 17 years,’ retired teacher Amina Juma, who is "
        "not related to the founder, told The Coast Ledger.",
    ])
    analysis = analyze_text(text, filename="listing.txt")
    found = entities(analysis)
    assert found.get("Dar es Salaam") == "PLACE" and found.get("Dar es Salaam Stock Exchange") == "ORG"
    assert "TSh30bn" not in found and "sisal" not in found
    assert speakers(analysis)["This price is an insult to the people who stayed for 17 years,"] == (
        "speech", "Amina Juma"
    )


def test_a_day_written_as_an_ordinal_with_a_point_is_read():
    assert parse_date("27. May 2025 at 14:05") == "2025-05-27"
