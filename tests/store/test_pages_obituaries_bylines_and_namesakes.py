"""Invented pages of kinds a blind set brought: a public broadcaster's story with its byline on one
line ("Name · Outlet News · Posted: ..."), a small island paper's story with two unrelated people of
one surname, and an obituary carried by a memorial site for a local paper, with its family notation
and its guest book. Who wrote it, where it ran, who each name is and what is chrome."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_BROADCAST = "\n".join([
    "NBR",
    "Menu",
    "",
    "Ferry operator to drop winter sailings to Lark Island, angering nearby First Nation",
    "Kettle River First Nation says it heard of the cut from a notice posted at the terminal",
    "Dana Whitford · NBR News · Posted: May 27, 2025 4:00 AM CDT | Last Updated: 2 hours ago",
    "",
    "Listen to this article",
    "Estimated 3 minutes",
    "",
    "Pelican Ferries Inc. told passengers in a letter that it will stop winter sailings in November.",
    "",
    "The letter, dated May 20, said the route \"cannot be run at a loss through another winter.\"",
    "",
    "The First Nation has asked the province to step in. Shippers north of The Narrows say the ferry is "
    "their only road to market, and the road to Gimli is closed half the year.",
    "",
    "Progressive Conservative MLA Joanne Reimer said the province should have acted sooner.",
    "",
    "With files from The Canadian Press",
    "",
    "NBR's Journalistic Standards and Practices",
])


def test_a_byline_with_the_outlet_and_the_posting_time_gives_writer_date_and_source():
    analysis = analyze_text(_BROADCAST, filename="ferry.txt")
    assert (analysis.author, analysis.date, analysis.source) == ("Dana Whitford", "2025-05-27", "NBR News")
    kept = "\n".join(analysis.paragraphs)
    for chrome in ("Estimated 3 minutes", "With files from", "Journalistic Standards", "Posted:"):
        assert chrome not in kept


def test_first_nation_alone_is_no_name_and_an_mla_is_no_part_of_one():
    found = entities(analyze_text(_BROADCAST, filename="ferry.txt"))
    assert "Nation" not in found and "First Nation" not in found
    assert found["Kettle River First Nation"] == "ORG"
    assert found["Joanne Reimer"] == "PERSON"
    assert found["Progressive Conservative"] == "ORG"  # her party
    assert found["The Narrows"] == "PLACE" and found["Gimli"] == "PLACE"


def test_a_letter_dated_in_an_aside_says_its_own_words():
    said = speakers(analyze_text(_BROADCAST, filename="ferry.txt"))
    assert said["cannot be run at a loss through another winter."][0] != "speech"


_ISLAND_PAPER = "\n".join([
    "Coralline Games eyes Oslo listing as regulator stand-off drags on",
    "",
    "by Mark Vella",
    "",
    "Coralline Games plc, the St Paul's-based studio, is preparing to move its listing to Nasdaq First North.",
    "",
    "The regulator froze approval of a bond issued by the group's main operating subsidiary, Coralline Studios Ltd.",
    "",
    "Chief executive Ivan Zammit said the dispute had cost the group €30 million. \"We did not take this lightly,\" "
    "Zammit said. Most of its staff work in St Paul’s.",
    "",
    "Coralline Studios licenses its games to other companies in the group. Coralline said it had supplied every "
    "document requested.",
    "",
    "Dr Louisa Zammit, a lawyer for the bondholders, said her clients would oppose the move.",
    "",
    "Dr Zammit, who is not related to the chief executive, said the bonds had been sold to retirees.",
    "",
    "Independent journalism costs money. Support the Island Courier for the price of a coffee.",
])


def test_two_people_of_one_surname_keep_the_style_that_tells_them_apart():
    analysis = analyze_text(_ISLAND_PAPER, filename="coralline.txt")
    assert aliases(analysis, "Louisa Zammit") >= {"Dr Zammit"}
    assert "Zammit" not in aliases(analysis, "Louisa Zammit")
    assert speakers(analysis)["We did not take this lightly,"] == ("speech", "Ivan Zammit")


def test_the_short_name_goes_to_the_parent_not_the_subsidiary_named_with_and_without_its_form():
    analysis = analyze_text(_ISLAND_PAPER, filename="coralline.txt")
    assert entity_of(analysis, "Coralline") == entity_of(analysis, "Coralline Games")
    assert entity_of(analysis, "Coralline Studios") == entity_of(analysis, "Coralline Studios Ltd.")
    assert entity_of(analysis, "Coralline Studios") != entity_of(analysis, "Coralline")


def test_a_place_whose_name_ends_in_s_is_one_place_and_the_growth_market_is_named_whole():
    analysis = analyze_text(_ISLAND_PAPER, filename="coralline.txt")
    assert entity_of(analysis, "St Paul's") == entity_of(analysis, "St Paul")
    assert entities(analysis)["Nasdaq First North"] == "ORG"
    assert "Independent journalism" not in "\n".join(analysis.paragraphs)


_OBITUARY = "\n".join([
    "Obituaries",
    "",
    "# Walter E. Brunsdale",
    "",
    "1938 - 2025",
    "",
    "Sign the Guest Book",
    "",
    "Published by The Prairie Sentinel from June 2 to June 4, 2025.",
    "",
    "Walter Edmund 'Wally' Brunsdale, 87, of Cedar Falls, died on May 30.",
    "",
    "Wally was born in 1938, the son of Otto and Greta (Lindqvist) Brunsdale. He graduated from Cedar Falls "
    "High School and founded Brunsdale Tractor & Sons in 1961.",
    "",
    "\"Wally never missed a harvest,\" Tom Brunsdale, president of the company and Wally's grandson, said in a "
    "statement.",
    "",
    "He is survived by his wife, Irene (Haugen) Brunsdale; his sons, Dale (Karen) Brunsdale and Gary; and his "
    "grandchildren, Tom, Nathan and Lily.",
    "",
    "Memorials may be made to the Wally Brunsdale Apprentice Fund.",
    "",
    "## Memories & Condolences",
    "Not sure what to say?",
    "",
    "**Ruth Anders**",
    "Waterloo, Iowa",
    "June 3, 2025",
    "He hired my father in 1970.",
    "",
    "Powered by Legacy.com",
])


def test_an_obituary_names_the_paper_it_ran_in_and_leaves_out_its_guest_book():
    analysis = analyze_text(_OBITUARY, filename="obituary.md")
    assert analysis.source == "The Prairie Sentinel"
    kept = "\n".join(analysis.paragraphs)
    for chrome in ("Published by", "Memories", "Not sure what to say", "Ruth Anders", "He hired my father"):
        assert chrome not in kept


def test_an_obituary_family_is_people_by_first_name_and_maiden_name():
    analysis = analyze_text(_OBITUARY, filename="obituary.md")
    found = entities(analysis)
    for first_name in ("Otto", "Dale", "Karen", "Gary", "Nathan", "Lily"):
        assert found[first_name] == "PERSON", first_name
    assert entity_of(analysis, "Greta (Lindqvist) Brunsdale") is not None
    assert entity_of(analysis, "Wally") == entity_of(analysis, "Walter Edmund 'Wally' Brunsdale")
    assert entity_of(analysis, "Wally") != entity_of(analysis, "Wally Brunsdale Apprentice Fund")
    assert found["Cedar Falls High School"] == "ORG"
    assert speakers(analysis)["Wally never missed a harvest,"] == ("speech", "Tom Brunsdale")


def test_an_office_quoted_by_another_speaker_is_the_one_who_holds_it_and_a_church_is_a_congregation():
    text = "\n".join([
        "Opposition presses minister over studio's exit",
        "",
        "Economy Minister Paul Grech said the government would not interfere.",
        "",
        "\"The minister keeps telling investors that Malta is ‘open for business’, yet nobody can tell us why,\" "
        "Opposition MP Rita Farrugia said in parliament.",
        "",
        "The studio's founder was a member of St Andrew's Presbyterian Church for 30 years.",
    ])
    analysis = analyze_text(text, filename="minister.txt")
    said = speakers(analysis)
    assert said["open for business"] == ("speech", "Paul Grech")
    assert said["The minister keeps telling investors that Malta is ‘open for business’, yet nobody can tell us why,"] == (
        "speech", "Rita Farrugia")
    assert entities(analysis)["St Andrew's Presbyterian Church"] == "ORG"
