"""Invented pages from an East African daily (a regulator's published conditions, a county governor
called "the county boss", a savings cooperative and its subsidiary, the publisher's name under the
byline) and an Indian one (a lawmaker quoted by her office). What is speech, who said it, and which
entity each name belongs to."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers

_DAILY = "\n".join([
    "Tana Mills cleared to take over Embu cooperative's mill",
    "By Achieng Odera",
    "Agribusiness reporter",
    "Coastline Media Group",
    "Monday, June 2, 2025",
    "",
    "Flour miller Tana Mills has been cleared to buy the Embu mill of Mlima Growers Sacco.",
    "Tana will acquire Mlima Milling Limited, the Sacco's wholly owned subsidiary, for Sh1.2 billion.",
    "The buyer \"must keep every contract grower on its books for a period of twelve months,\" the regulator "
    "said in its approval notice.",
    "Agency Director-General Dr Musa Kiprono said the rules protect about 4,000 growers.",
    "Mlima chairman Peter Kamau said Sacco members voted for the sale in April.",
    "Governor Wanjiru Ndegwa said the county would monitor payments to growers.",
    "\"Growers here have waited long enough for a buyer who pays on time,\" the county boss said.",
])


def test_a_regulators_conditions_in_its_notice_are_no_speech():
    quotes = speakers(analyze_text(_DAILY, filename="mill.txt"))
    notice = next(kind for text, (kind, _) in quotes.items() if text.startswith("must keep every contract grower"))
    assert notice != "speech"


def test_the_county_boss_is_the_governor_named_before():
    quotes = speakers(analyze_text(_DAILY, filename="mill.txt"))
    said = next(value for text, value in quotes.items() if text.startswith("Growers here have waited"))
    assert said == ("speech", "Wanjiru Ndegwa")


def test_a_cooperatives_short_name_is_the_cooperative_not_its_subsidiary():
    analysis = analyze_text(_DAILY, filename="mill.txt")
    assert entity_of(analysis, "Mlima") == "Mlima Growers Sacco"
    assert entities(analysis)["Mlima Growers Sacco"] == "ORG"
    assert "Sacco" not in entities(analysis)  # "the Sacco's", "Sacco members": what the society is, no name


def test_an_office_written_with_a_hyphen_is_no_name_and_the_publisher_under_the_byline_is_no_paragraph():
    analysis = analyze_text(_DAILY, filename="mill.txt")
    assert not any("Director-General" in name for name in entities(analysis))
    assert "Musa Kiprono" in entities(analysis)
    assert "Coastline Media Group" not in analysis.paragraphs
    assert analysis.author == "Achieng Odera"


def test_the_lawmaker_is_the_one_named_with_that_office():
    text = "\n".join([
        "Tycoon steps down from textile empire",
        "",
        "Ravi Menon will step down as chairman of Suryavanshi Textiles next month. Lawmaker Priya Sethi welcomed "
        "the change. \"It is good to see a woman at the top,\" the lawmaker said.",
    ])
    quotes = speakers(analyze_text(text, filename="textiles.txt"))
    assert quotes["It is good to see a woman at the top,"] == ("speech", "Priya Sethi")
