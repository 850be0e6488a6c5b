"""Invented pages: a designer's photo post clipped to Markdown, a results release as a US wire
prints it, and an East African business story whose towns only a world gazetteer knows. Their
headlines, sources and dates, their furniture, and who is named, as a reader would see them."""

from __future__ import annotations

from store.analyze import analyze_text
from store.gazetteer import known_town
from tests.store.page_views import entities, speakers


def test_a_photo_posts_caption_is_its_headline_and_its_furniture_and_the_apps_footer_go():
    text = "\n".join([
        "---",
        'title: "Orla Brennan on Instagram: \\"Thornfield Knit is joining a bigger family\\""',
        'source: "https://www.instagram.com/p/Cx81Qa7/"',
        'author: "[[Orla Brennan]]"',
        "published: 2025-06-03",
        "---",
        "Orla Brennan",
        "@orla.brennan",
        "Verified",
        "Follow",
        "Message",
        "",
        "Thornfield Knit is joining a bigger family",
        "",
        "Nine years ago I sold our first jumper from a table in Galway. Today Maison Verlaine takes a majority "
        "stake, and every knitter stays.",
        "Edited · 3d",
        "liamknits",
        "So proud of you!",
        "3d 212 likes Reply",
        "Liked by liamknits and 4,120 others",
        "Add a comment…",
        "More posts from orla.brennan",
        "Meta",
        "About",
        "Help",
        "Privacy",
        "Terms",
        "© 2025 Instagram from Meta",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert (analysis.title, analysis.source, analysis.date) == (
        "Thornfield Knit is joining a bigger family", "Instagram", "2025-06-03"
    )
    shown = "\n".join(analysis.paragraphs)
    assert "Nine years ago I sold our first jumper" in shown
    for chrome in ("@orla.brennan", "Verified", "Message", "Edited", "likes Reply", "Liked by", "Add a comment",
                   "More posts from", "Privacy", "Terms"):
        assert chrome not in shown, chrome


def test_a_wires_dateline_between_dashes_and_its_spelled_out_zone_give_the_day():
    text = "\n".join([
        "Business Wire",
        "Home",
        "News",
        "",
        "Pecos Flats Drilling Reports First Quarter 2025 Results",
        "",
        "June 3, 2025 04:05 PM Eastern Daylight Time",
        "",
        "MIDLAND, Texas--(BUSINESS WIRE)--June 3, 2025--Pecos Flats Drilling, Inc. (NYSE: PFDX) today reported "
        "revenue of $212.4 million for the first quarter of 2025, up 9% from a year earlier.",
        "",
        "“Our rigs ran at 93% utilization and we paid down $30 million of debt,” said Carla Muñoz, Chief "
        "Executive Officer.",
    ])
    analysis = analyze_text(text, filename="release.txt")
    assert (analysis.title, analysis.source, analysis.date) == (
        "Pecos Flats Drilling Reports First Quarter 2025 Results", "Business Wire", "2025-06-03"
    )
    assert "Eastern Daylight Time" not in "\n".join(analysis.paragraphs)


def test_towns_only_the_world_gazetteer_knows_are_places_and_styles_stay_off_names():
    text = "\n".join([
        "Horn Business Daily",
        "",
        "Coffee exporter opens washing stations in the south-west",
        "",
        "Coffee exporter Buna Gold PLC has opened two washing stations near Jimma and a warehouse in Dire Dawa, "
        "and plans a third station outside Bonga next year.",
        "",
        "Ato Tesfaye Alemu, the company's founder, said the stations would pay farmers within a week. \"We "
        "want the growers around Jimma to sell to us first,\" Tesfaye said.",
    ])
    analysis = analyze_text(text, filename="coffee.txt")
    found = entities(analysis)
    assert found["Jimma"] == "PLACE" and found["Dire Dawa"] == "PLACE"
    assert "Tesfaye Alemu" in found and "Ato Tesfaye Alemu" not in found
    said = speakers(analysis)
    growers = next(text for text in said if text.startswith("We want the growers"))
    assert said[growers] == ("speech", "Tesfaye Alemu")


def test_the_world_gazetteer_leaves_out_towns_spelled_like_words_or_given_names():
    assert known_town("jimma") and known_town("dire dawa")
    assert not known_town("reading") and not known_town("florence") and not known_town("meridian")
