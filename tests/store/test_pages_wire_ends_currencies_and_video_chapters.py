"""Invented pages: a wire story closed by "(END)" over lists of its most-liked stories, a paper's
business story with a text-size widget, a press release and a lender presentation, an East African
story with currency codes before sums and districts and regions, a university newsroom, and a video
page with unlabelled chapters. What the page keeps, and whose each name and quotation is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, speakers

_WIRE = "\n".join([
    "Harbour Wire",
    "ECONOMY",
    "",
    "Cathode maker Sorin accuses customer of unfair price cuts",
    "2025-05-27 15:12",
    "",
    "BUSAN, May 27 (Harbour Wire) -- Sorin Materials Co. said Tuesday it has filed a complaint against "
    "Tovan Cells Corp., its largest customer, over price cuts.",
    "",
    "Tovan Cells rejected the accusation in a press release, saying, \"Our contracts include a price "
    "adjustment clause, and we have applied it fairly to every supplier.\"",
    "",
    "Tovan Cells shares slipped 0.8 percent.",
    "",
    "jhpark@harbourwire.example",
    "(END)",
    "",
    "Most Liked",
    "(LEAD) Gov't to widen charging subsidies for flats",
    "Shipyards' order books hit 3-year high",
    "",
    "Most Saved",
    "Port shares end higher for 3rd day",
])

_PAPER = "\n".join([
    "The Coastal Ledger",
    "Business",
    "",
    "Playgroup Chain's Investors Sink $900 Million Takeover",
    "By Ruth Calloway",
    "May 27, 2025",
    "Normal text size",
    "Larger text size",
    "Very large text size",
    "",
    "Shareholders in Acorn Lane Early Learning Limited have voted down a takeover by Bellbird Education Ltd.",
    "",
    "In a presentation to its lenders in February, Bellbird had described Acorn Lane as a \"platform "
    "acquisition\" for its network.",
    "",
    "In a presentation to investors in March, Bellbird chief executive Maria Venn said the deal was "
    "\"the right fit for our families.\"",
    "",
    "In a press release published after the close of trading on the exchange, Acorn Lane said its centres "
    "were \"fully booked for the year\".",
    "",
    "Acorn Lane shares fell 9 per cent.",
    "",
    "The Morning Briefing newsletter delivers the day's business news. Sign up to get it every weekday morning.",
])

_RWANDA = "\n".join([
    "Hill farmers take coffee exporter to court over unpaid deliveries",
    "",
    "A coffee cooperative from Rusizi District in Western Province has taken Kigali-based Imena Coffee "
    "Exporters Ltd to court, claiming Frw 320 million for coffee it says it delivered.",
    "",
    "The contract, worth Rwf1.5 billion, set a price of Rwf 5,800 per kilogramme under East African "
    "Community (EAC) rules. Imena also sells to Lakeside Commodities, a Kampala-based trader.",
    "",
    "\"We delivered the coffee and the money never came,\" cooperative president Claudine Uwera said in "
    "Kinyarwanda.",
    "",
    "In an interim ruling, Justice Innocent Gatera ordered Imena to deposit Rwf 90 million with the court.",
    "",
    "Growers in the Western North Region face the same delays.",
])

_NEWSROOM = "\n".join([
    "Harrowby University",
    "Study",
    "Research",
    "",
    "Harrowby University News",
    "Home / News / Research news",
    "",
    "Salt-water solvent recovers lithium from spent batteries, study finds",
    "Tuesday 27 May 2025",
    "",
    "The work, led by Professor Ines Varga, is published today in Joule under the title ‘Selective "
    "leaching of lithium and cobalt from black mass with a reusable solvent’.",
    "",
    "‘Most of the cost of recycling a battery is energy,’ said Professor Varga.",
    "",
    "Notes to editors",
    "1. ‘Selective leaching of lithium and cobalt from black mass with a reusable solvent’ by I. Varga "
    "and K. Lund is published in Joule on 27 May 2025.",
])

_VIDEO = "\n".join([
    "---",
    "title: \"Why Tallis Raised €20M | Joana Madrid Interview - YouTube\"",
    "source: \"https://www.youtube.com/watch?v=abc123\"",
    "author:",
    "  - \"[[Startup Desk]]\"",
    "published: 2025-05-27",
    "---",
    "# Why Tallis Raised €20M | Joana Madrid Interview",
    "",
    "Startup Desk",
    "21.4K subscribers",
    "",
    "12,210 views  May 27, 2025",
    "Lisbon-based Tallis has closed a €20 million round led by Duinpoort Capital. Founder Joana Madrid "
    "sat down with us in Porto. 'We weren't running out of money, we were running out of time,' says Madrid.",
    "",
    "00:00 Intro",
    "02:15 Why we raised now",
    "07:40 Picking Duinpoort as lead",
    "",
    "Follow Startup Desk:",
    "X: https://x.com/startupdesk",
    "",
    "## Transcript",
    "0:00 Ana: Welcome back. Today I'm with Joana Madrid of Tallis.",
    "0:09 Joana: Thanks for having me. Investors ask why we aren't a smaller Revolut.",
    "Show chat replay",
])


def test_a_wires_end_mark_and_its_most_liked_lists_go():
    analysis = analyze_text(_WIRE, filename="wire.txt")
    assert "(END)" not in analysis.paragraphs
    assert not any(p.startswith(("Most ", "(LEAD)", "Shipyards")) for p in analysis.paragraphs)
    assert not {"LEAD", "Gov't"} & set(entities(analysis))


def test_a_press_release_speaks_for_the_company_unless_it_went_to_the_market():
    wire = speakers(analyze_text(_WIRE, filename="wire.txt"))
    said = next(v for text, v in wire.items() if text.startswith("Our contracts include"))
    assert said == ("speech", "Tovan Cells Corp.")
    paper = speakers(analyze_text(_PAPER, filename="paper.txt"))
    assert paper["fully booked for the year"][0] != "speech"


def test_a_lenders_deck_is_a_document_but_its_presenter_speaks():
    quotes = speakers(analyze_text(_PAPER, filename="paper.txt"))
    assert quotes["platform acquisition"][0] != "speech"
    assert quotes["the right fit for our families."] == ("speech", "Maria Venn")


def test_a_text_size_widget_and_a_newsletters_sign_up_blurb_go():
    paragraphs = analyze_text(_PAPER, filename="paper.txt").paragraphs
    assert not any("text size" in p for p in paragraphs)
    assert not any("newsletter" in p for p in paragraphs)


def test_currency_codes_before_sums_are_no_names():
    found = entities(analyze_text(_RWANDA, filename="rw.txt"))
    assert not [name for name in found if name.startswith(("Rwf", "Frw"))]


def test_districts_regions_and_a_regional_community_keep_their_side_words():
    found = entities(analyze_text(_RWANDA, filename="rw.txt"))
    assert found.get("Rusizi District") == "PLACE"
    assert found.get("Western Province") == "PLACE"
    assert found.get("Western North Region") == "PLACE"
    assert found.get("East African Community") == "ORG"
    assert "African Community" not in found and "Province" not in found


def test_a_judges_style_a_language_and_a_commodities_house():
    analysis = analyze_text(_RWANDA, filename="rw.txt")
    found = entities(analysis)
    assert found.get("Innocent Gatera") == "PERSON" and "Justice Innocent Gatera" not in found
    assert "Kinyarwanda" not in found
    assert found.get("Lakeside Commodities") == "ORG"


def test_a_newsrooms_name_under_its_universitys_is_the_source_and_a_paper_title_quoted_again_is_no_speech():
    analysis = analyze_text(_NEWSROOM, filename="news.txt")
    assert analysis.source == "Harrowby University News"
    assert "Notes to editors" not in analysis.paragraphs
    titles = [q for q in analysis.quotes if q.text.startswith("Selective leaching")]
    assert len(titles) == 2 and all(q.kind != "speech" for q in titles)


def test_a_video_descriptions_chapters_and_buttons_go_and_a_surname_that_is_a_city_stays_hers():
    analysis = analyze_text(_VIDEO, filename="video.md")
    assert not any(p.startswith(("00:00", "02:15", "07:40")) for p in analysis.paragraphs)
    assert "Follow Startup Desk:" not in analysis.paragraphs and "Show chat replay" not in analysis.paragraphs
    assert any(p.startswith("0:09 Joana:") for p in analysis.paragraphs)
    assert "Madrid" in aliases(analysis, "Joana Madrid")
    said = next(v for text, v in speakers(analysis).items() if text.startswith("We weren't running"))
    assert said == ("speech", "Joana Madrid")
    assert entities(analysis).get("Revolut") == "ORG"


def test_the_lists_a_site_hangs_under_a_story_go_whatever_their_heading():
    for heading in ("Editor's Choice", "Recent Posts", "What to Read Next", "Staff Picks", "Most Saved"):
        page = "\n".join([
            "Harbour Wire",
            "",
            "Cathode maker Sorin opens a second plant",
            "",
            "Sorin Materials Co. said Tuesday it will open a second plant in Busan next year.",
            "",
            heading,
            "Shipyards' order books hit a three-year high",
            "Port shares end higher for a third day",
        ])
        paragraphs = analyze_text(page, filename="wire.txt").paragraphs
        assert list(paragraphs) == ["Sorin Materials Co. said Tuesday it will open a second plant in Busan next year."], heading


_GULF_AND_GOLD_COAST = "\n".join([
    "Harbour Observer",
    "",
    "Port operator signs Duqm terminal deal",
    "Ruksana Alam",
    "Publish : 27 May 2025, 04:10 PM",
    "Update : 27 May 2025, 07:45 PM",
    "",
    "Marsa Logistics SAOG will invest RO 45 million in a terminal at Duqm, its shares rising to RO1.2 each.",
    "",
    "Cocoa growers in the Ashanti Region were paid GH¢450 million last season, said chief Togbe Kodzo Amedzake, "
    "speaking in Twi. Its buyers include H&M.",
    "",
    "Share this:",
    "Click to share on X (Opens in new window)",
    "X",
    "Click to share on Facebook (Opens in new window)",
    "Facebook",
    "Like this:",
    "Like Loading...",
])


def test_a_stamp_labelled_publish_a_blogs_like_button_rials_cedis_styles_and_languages():
    analysis = analyze_text(_GULF_AND_GOLD_COAST, filename="port.txt")
    assert analysis.author == "Ruksana Alam"
    assert not any(p.startswith(("Publish", "Ruksana")) for p in analysis.paragraphs)
    assert not {"X", "Facebook", "Like Loading..."} & set(analysis.paragraphs)
    found = entities(analysis)
    assert not [name for name in found if name.startswith(("RO", "GH"))]
    assert found.get("Ashanti Region") == "PLACE"
    assert found.get("Kodzo Amedzake") == "PERSON" and "Twi" not in found
    assert found.get("H&M") == "ORG"
