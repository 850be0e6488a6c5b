"""Invented pages: an Israeli tech desk, an Argentine economy desk, a paid newsletter clipped to Markdown,
a podcast's transcript page and an Indonesian business desk. Each site's header, bylines, captions and
footers; companies by their other names; and who said what. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_an_israeli_tech_desk_reads_its_masthead_dates_and_a_translated_post():
    text = "\n".join([
        "The Times of Galilee",
        "Thursday, March 6th 2025 | Adar 6, 5785",
        "Liveblog",
        "Startups",
        "Sign in",
        "Join our Community",
        "",
        "Business & Innovation",
        "Co-founders of Haifa chip startup Meshulam clash over $210 million offer",
        "",
        "By Oren Gilboa",
        "Today, 2:05 pm",
        "Updated at 4:40 pm",
        "",
        "Meshulam, a Haifa chip startup that trades abroad as Quartzline, received an offer from Alderbank "
        "Silicon, a US chip company, last week. The deal is worth NIS 760 million.",
        "",
        "Co-founder Ilan Sasson opposed it in a Hebrew-language post on X.",
        "“You don’t sell the orchard for one harvest,” the post read, in a translation by the paper.",
        "",
        "Rina Halabi, who follows chips at the Tel Aviv research firm Oakstone Insight, said the offer was fairer "
        "than Sasson suggests. “Nobody else is bidding at that price, and the market knows it.",
        "",
        "You're a dedicated reader, and that's why we're asking you to join us.",
        "Join The Times of Galilee Community",
        "",
        "Related Topics",
        "Semiconductors",
        "Tel Aviv Stock Exchange",
        "© 2026 THE TIMES OF GALILEE",
    ])
    analysis = analyze_text(text, filename="meshulam.txt")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Co-founders of Haifa chip startup Meshulam clash over $210 million offer", "The Times of Galilee",
        "2025-03-06", "Oren Gilboa",
    )
    shown = "\n".join(analysis.paragraphs)
    assert "2:05 pm" not in shown and "dedicated reader" not in shown and "Tel Aviv Stock Exchange" not in shown
    assert entity_of(analysis, "Quartzline") == "Meshulam"
    found = entities(analysis)
    assert found["Alderbank Silicon"] == "ORG" and "Hebrew" not in found
    assert not any(name.startswith("NIS") for name in found)
    said = speakers(analysis)
    assert said["You don’t sell the orchard for one harvest,"] == ("speech", "Ilan Sasson")
    assert said["Nobody else is bidding at that price, and the market knows it."] == ("speech", "Rina Halabi")


def test_an_argentine_economy_desk_names_its_writer_committee_and_regulator():
    text = "\n".join([
        "Montevideo Daily Times",
        "Economy",
        "Politics",
        "",
        "ECONOMY",
        "Dairy group Lácteos Norte asks bondholders for two more years on US$80 million of notes",
        "The Santa Fe company says it will keep paying interest while it stretches maturities and sells a plant.",
        "by Valentina Orozco",
        "for Montevideo Daily Times",
        "14-03-2025 10:22",
        "Milk tanks outside Rafaela. | Photo: Tomás Benítez / Agencia Norte",
        "",
        "Establecimientos Lácteos Norte S.A. asked holders of its dollar notes on Thursday to accept a "
        "two-year extension. In a filing with the Comisión Nacional de Valores (CNV), the National "
        "Securities Commission, the company said it would keep paying interest.",
        "",
        "Finance chief Joaquín Ibarra said Lácteos Norte had an understanding with the Ad Hoc Committee of "
        "Norte Noteholders. The committee said in a statement that it would \"engage in good faith\".",
        "",
        "Mariela Soto, an economist at Montevideo consultancy Pampa Datos, called the request a warning.",
        "",
        "In this news",
        "Lácteos Norte",
        "Debt restructuring",
    ])
    analysis = analyze_text(text, filename="lacteos.txt")
    assert (analysis.author, analysis.date) == ("Valentina Orozco", "2025-03-14")
    shown = "\n".join(analysis.paragraphs)
    assert "Photo:" not in shown and "for Montevideo Daily Times" not in shown and "In this news" not in shown
    assert entity_of(analysis, "Lácteos Norte") == "Establecimientos Lácteos Norte S.A."
    assert entity_of(analysis, "National Securities Commission") == "Comisión Nacional de Valores"
    assert "Ad Hoc Committee of Norte Noteholders" in entities(analysis)
    assert speakers(analysis)["engage in good faith"] == ("speech", "Ad Hoc Committee of Norte Noteholders")
    assert entities(analysis).get("Montevideo") == "PLACE"  # the city the paper is named for


def test_a_paid_newsletter_drops_its_platform_chrome_and_comments():
    text = "\n".join([
        "[Ledger Lines](https://ledgerlines.example.com/)",
        "Subscribe",
        "",
        "# Pennyrail's Growth Is Slowing Before Its Listing",
        "[Corinne Abara](https://example.com/@corinne)",
        "Apr 2, 2025",
        "∙ Paid",
        "",
        "Pennyrail filed its S-1 last week, and revenue grew 31% last year. The S-1 also shows the "
        "Texas² business shrinking.",
        "",
        "![](https://cdn.example.com/growth.png)",
        "Chart: Pennyrail revenue growth by quarter. Source: company S-1",
        "",
        "Pennyrail declined to comment.",
        "",
        "Already a paid subscriber? Sign in",
        "Discussion about this post",
        "Comments",
        "Restacks",
        "Hollis Varga",
        "Apr 2",
        "Great read, thanks for digging into the filing.",
        "Like (3)",
        "Reply",
        "Restack",
        "Privacy ∙ Terms ∙ Collection notice",
    ])
    analysis = analyze_text(text, filename="pennyrail.md")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("∙ Paid", "Chart:", "Discussion about this post", "Great read", "Like (3)", "Collection notice"):
        assert chrome not in shown
    found = entities(analysis)
    assert "S-1" not in found and "Texas²" not in found and found.get("Texas") == "PLACE"


def test_a_podcast_transcript_page_names_its_show_and_drops_the_ad_read():
    text = "\n".join([
        "Lantern Audio",
        "Shows",
        "About",
        "",
        "Factory Floor",
        "Episode 88",
        "Mirte Aalders on rebuilding Spaak Bikes after the bust",
        "March 11, 2025 · 41 min",
        "Listen on Apple Podcasts",
        "Listen on Spotify",
        "",
        "Transcript",
        "This transcript was generated automatically and may contain errors.",
        "",
        "[00:00:05] HOST: Welcome to Factory Floor. My guest today is Mirte Aalders of Spaak Bikes.",
        "[00:00:20] MIRTE: Thanks for having me.",
        "[00:03:10] HOST: Your rival went the other way.",
        "[00:03:14] MIRTE: They went the other way, yes. [CROSSTALK]",
        "[MUSIC]",
        "[00:10:00] HOST: This episode is brought to you by Kestrel Crates, boxes built for bikes.",
        "[MUSIC]",
        "[00:10:40] HOST: Back to the bikes. What comes next?",
        "[00:10:44] MIRTE: A cargo bike, finally.",
        "",
        "© 2026 Lantern Audio",
    ])
    analysis = analyze_text(text, filename="episode-88.txt")
    assert analysis.source == "Factory Floor"
    shown = "\n".join(analysis.paragraphs)
    assert "Listen on" not in shown and "generated automatically" not in shown and "[MUSIC]" not in shown
    assert "Kestrel Crates" not in shown and "Kestrel Crates" not in entities(analysis)
    assert any("They went the other way, yes." in p for p in analysis.paragraphs)


def test_an_indonesian_desk_reads_its_dateline_and_byline_and_a_name_given_with_pak():
    text = "\n".join([
        "Nusantara Business Post",
        "Business",
        "Log in",
        "Business / Companies",
        "Tin smelter Timah Raya to raise Rp 1.1 trillion as partner balks",
        "Ayu Kartika (Nusantara Business Post)",
        "Jakarta ● Tue, March 4, 2025",
        "Change Size",
        "A worker at a tin smelter in Bangka on Jan. 9, 2024. (Antara/Budi Santoso)",
        "",
        "PT Timah Raya Sejahtera Tbk said it would sell new shares. Timah Raya shares fell 3 percent while the "
        "benchmark Jakarta Composite Index rose. President director Hartono told reporters in Jakarta the "
        "company would go ahead alone.",
        "",
        "“Pak Hartono has promised this twice before,” said Wulan Sari, an analyst at a Jakarta brokerage.",
        "",
        "“The furnace is ready and the permits are signed,” Hartono said.",
    ])
    analysis = analyze_text(text, filename="timah.txt")
    assert (analysis.author, analysis.date) == ("Ayu Kartika", "2025-03-04")
    shown = "\n".join(analysis.paragraphs)
    assert "Change Size" not in shown and "Antara/" not in shown
    assert entity_of(analysis, "Timah Raya") == "PT Timah Raya Sejahtera Tbk"
    assert entity_of(analysis, "Pak Hartono") == "Hartono"
    assert entity_of(analysis, "Jakarta") != "Jakarta Composite Index"
    assert speakers(analysis)["The furnace is ready and the permits are signed,"] == ("speech", "Hartono")
