"""Invented pages: a reporter's Bluesky thread, a state news agency's wire story, a Gulf business daily's
story with its agency's report and a cabinet decision, a Caribbean paper's lede in capitals, and a
miner's announcement on an exchange's platform. Their headlines, sources and writers, their furniture,
who is named and who said what, as a reader would see them."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers


def test_a_sky_threads_posts_are_the_story_and_its_cards_counts_replies_and_link_card_are_furniture():
    profile = "https://bsky.app/profile/"
    text = "\n".join([
        "---",
        'title: "Jonas Berglund on Bluesky"',
        f'source: "{profile}jberglund.bsky.social/post/3abc"',
        "published: 2025-06-04",
        "---",
        "[Bluesky Social](https://bsky.app/)",
        "- [Home](https://bsky.app/)",
        "- [Explore](https://bsky.app/search)",
        "",
        "Reposted by Ilse Marten",
        "",
        f"[Jonas Berglund]({profile}jberglund.bsky.social)",
        "@jberglund.bsky.social",
        "",
        "Nordvik Ferries has warned on profits for the second time this year.",
        "The operator now sees 2025 operating profit at NOK 400–450m. Thread 🧵 1/3",
        "",
        "> **Nordvik Ferries** @nordvikferries.no · 3h",
        "> Profit update: we now expect 2025 operating profit of NOK 400–450 million as fuel costs stay high.",
        "",
        "June 4, 2025 at 8:15 AM",
        "💬 9",
        "🔁 31",
        "♥ 140",
        "Everybody can reply",
        "",
        f"[Jonas Berglund]({profile}jberglund.bsky.social) @jberglund.bsky.social · 2h",
        "Fuel is most of it. Chief executive Marit Solheim called it ‘a cost we cannot pass on this summer’ on "
        "the morning call. 2/3",
        "💬 1 🔁 4 ♥ 22",
        "",
        f"[Jonas Berglund]({profile}jberglund.bsky.social) @jberglund.bsky.social · 2h",
        "My full write-up is below. 3/3",
        "",
        "[![](https://cdn.bsky.app/img/feed_thumbnail/x@jpeg)](https://www.harbourdesk.example/nordvik)",
        "**Nordvik Ferries cuts its outlook again on fuel bill**",
        "harbourdesk.example",
        "The Bergen operator expects lower profit as bunker prices stay high.",
        "💬 0 🔁 2 ♥ 11",
        "",
        f"[Pål Øyen]({profile}poyen.bsky.social) @poyen.bsky.social · 1h",
        "Surely the hedging desk saw this coming?",
        "♥ 3",
        "",
        "Sign in to reply",
    ])
    analysis = analyze_text(text, filename="thread.md")
    assert (analysis.title, analysis.source, analysis.author, analysis.date) == (
        "Nordvik Ferries has warned on profits for the second time this year.", "Bluesky", "Jonas Berglund",
        "2025-06-04",
    )
    shown = "\n".join(analysis.paragraphs)
    assert "operating profit at NOK 400–450m" in shown and "My full write-up is below." in shown
    for chrome in ("Reposted by", "@jberglund", "June 4, 2025 at", "💬", "Everybody can reply", "harbourdesk",
                   "cuts its outlook again", "Bergen operator", "hedging desk", "Sign in to reply"):
        assert chrome not in shown, chrome
    said = speakers(analysis)
    assert said[
        "Profit update: we now expect 2025 operating profit of NOK 400–450 million as fuel costs stay high."
    ] == ("speech", "Nordvik Ferries")
    assert said["a cost we cannot pass on this summer"] == ("speech", "Marit Solheim")


def test_an_agency_wire_keeps_its_reporter_drops_its_inline_teasers_and_names_its_officials_by_any_part():
    text = "\n".join([
        "NUSANTARA",
        "National News Agency",
        "",
        "Bumi Laut signs Rp2.1 trillion cobalt deal as ministry reviews permits",
        "Wednesday, June 4, 2025 10:05 WIB",
        "",
        "Surabaya (NUSANTARA) - Cobalt refiner PT Bumi Laut Sejahtera Tbk has signed a supply deal worth "
        "Rp2.1 trillion, the company said on Wednesday.",
        "",
        "Related news: Cobalt output in North Maluku rises in first quarter",
        "",
        "Meanwhile, Industry Minister Ahmad Kurniawan Santoso Wibowo said the ministry would review refinery "
        "permits under Ministerial Regulation Number 7 of 2025.",
        "",
        "\"We will check every permit before the end of July,\" Minister Kurniawan said here on Wednesday.",
        "",
        "The ministry's Director General of Metals and Chemicals, Ratna Dewi, said four refiners had applied.",
        "",
        "Reporter: Sari Wulandari",
        "Editor: Bayu Pratama",
        "Copyright © NUSANTARA 2025",
    ])
    analysis = analyze_text(text, filename="wire.txt")
    assert analysis.author == "Sari Wulandari"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Related news:", "Reporter:", "Editor: Bayu Pratama"):
        assert chrome not in shown, chrome
    found = entities(analysis)
    assert found.get("Ministerial Regulation Number 7 of 2025") == "OTHER"
    for wrong in ("NUSANTARA", "Cobalt", "Metals", "Chemicals", "Rp2.1"):
        assert wrong not in found, wrong
    assert entity_of(analysis, "Kurniawan") == "Ahmad Kurniawan Santoso Wibowo"
    assert speakers(analysis)["We will check every permit before the end of July,"] == (
        "speech", "Ahmad Kurniawan Santoso Wibowo"
    )


def test_an_agencys_own_report_and_a_cabinet_decisions_words_are_no_ones_speech():
    text = "\n".join([
        "The Desert Ledger",
        "",
        "Phosphate miner opens JD80m berth in Aqaba",
        "By DL",
        "",
        "AMMAN — Wadi Rum Phosphate Industries PLC on Monday opened a JD80 million berth in Aqaba.",
        "",
        "The berth “opens a new chapter in the Kingdom’s exports”, the Levant News Agency, Sahm, reported.",
        "",
        "Under a Cabinet decision, the berth fee rose by JD1.2 per tonne. The decision, which also leased the "
        "plot to “Wadi Rum Phosphate Industries Public Shareholding Company”, describes the fee as “needed to "
        "cover dredging costs”.",
        "",
        "“We carry the cost of every delay,” said the carriers’ spokesman, Khaled Nsour, in Zarqa.",
        "",
        "Nsour, a former driver whom colleagues call Abu Sami, said drivers would protest.",
        "",
        "“We are not against the port,” Abu Sami said.",
        "",
        "Wadi Rum Phosphate’s shares rose to JD3.10.",
    ])
    analysis = analyze_text(text, filename="daily.txt")
    found = entities(analysis)
    assert found.get("Cabinet") == "ORG" and found.get("Amman") == "PLACE"  # (named only as the dateline's "AMMAN")
    for wrong in ("Kingdom", "JD80", "JD1.2", "JD3.10"):
        assert wrong not in found, wrong
    company = entity_of(analysis, "Wadi Rum Phosphate Industries PLC")
    assert company == "Wadi Rum Phosphate Industries PLC" and {
        "Wadi Rum Phosphate Industries Public Shareholding Company", "Wadi Rum Phosphate"
    } <= aliases(analysis, company)
    assert entity_of(analysis, "Sahm") == "Levant News Agency"
    assert entity_of(analysis, "Abu Sami") == "Khaled Nsour"
    said = speakers(analysis)
    assert said["opens a new chapter in the Kingdom’s exports"] == ("other", "Levant News Agency")
    assert said["Wadi Rum Phosphate Industries Public Shareholding Company"][0] == "other"
    assert said["needed to cover dredging costs"][0] == "other"
    assert said["We are not against the port,"] == ("speech", "Khaled Nsour")


def test_a_lede_set_in_capitals_a_writers_address_and_an_exchanges_board_name_nothing():
    text = "\n".join([
        "Island Observer",
        "",
        "Harbour Point Seeks $1.8b In Rights Issue",
        "BY MAXINE ROWE",
        "Business reporter",
        "rowem@islandobserver.example",
        "Tuesday, June 3, 2025",
        "Print this page",
        "Email a friend",
        "",
        "SHIPPING and warehousing company Harbour Point Group Limited is seeking $1.8 billion from shareholders "
        "on the Jamaica Stock Exchange (JSE).",
        "",
        "Harbour Point shares closed at $5.10 on the JSE Main Market on Monday.",
    ])
    analysis = analyze_text(text, filename="observer.txt")
    shown = "\n".join(analysis.paragraphs)
    assert "rowem@" not in shown and "Email a friend" not in shown
    assert shown.startswith("SHIPPING and warehousing company")
    found = entities(analysis)
    assert "SHIPPING" not in found and "Market" not in found and "Main Market" not in found
    assert found.get("Harbour Point Group Limited") == "ORG"


def test_an_announcement_on_a_platform_takes_its_headline_from_under_the_letterhead():
    text = "\n".join([
        "ASX Market Announcements Platform",
        "Company announcements",
        "KRM | Karrawong Minerals Limited | Price sensitive",
        "Released 03/06/2025 8:30 AM AEST",
        "",
        "ASX ANNOUNCEMENT",
        "ASX: KRM",
        "3 June 2025",
        "",
        "KARRAWONG SECURES A$30 MILLION PLACEMENT AND GRAPHITE OFFTAKE",
        "",
        "Karrawong Minerals Limited (ASX: KRM) (Karrawong or the Company) has signed a binding offtake agreement "
        "(Offtake Agreement) with Hoshino Carbon Co., Ltd. for graphite from the Yandal Flats Graphite Project.",
        "",
        "Tranche 1 will be issued now and Tranche 2 after a meeting in Perth. The offtake covers five years.",
        "",
        "Drilling at Yandal Flats starts in July. The Offtake Agreement sets a floor price.",
    ])
    analysis = analyze_text(text, filename="announcement.txt")
    assert (analysis.title, analysis.source, analysis.author, analysis.date) == (
        "KARRAWONG SECURES A$30 MILLION PLACEMENT AND GRAPHITE OFFTAKE", "ASX", "Karrawong Minerals Limited", "2025-06-03"
    )
    shown = "\n".join(analysis.paragraphs)
    assert "Company announcements" not in shown and "Price sensitive" not in shown
    found = entities(analysis)
    for wrong in ("Offtake Agreement", "offtake", "Tranche"):
        assert wrong not in found, wrong
    assert found.get("Yandal Flats Graphite Project") == "OTHER"
    assert entity_of(analysis, "Yandal Flats") == "Yandal Flats Graphite Project"
