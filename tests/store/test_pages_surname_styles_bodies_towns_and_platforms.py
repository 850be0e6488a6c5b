"""Invented pages: a court order signed by a judge whose surname is also a style, a consumer body named
before its officer at a sentence's start, towns whose names English also uses, and a platform a
teacher posts on. Who is named, and as what, as a reader would see it."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_begum_after_a_given_name_is_her_surname_and_before_one_a_style():
    text = "\n".join([
        "Court bars knitwear maker from selling factory land",
        "",
        "In the order, Judge Rokeya Begum wrote that the land must not be sold until the suit is decided.",
        "",
        "Begum Shirin Akhtar, who runs a dyeing unit nearby, said the order came too late for suppliers.",
    ])
    found = entities(analyze_text(text, filename="order.txt"))
    assert found.get("Rokeya Begum") == "PERSON" and "Rokeya" not in found
    assert found.get("Shirin Akhtar") == "PERSON"


def test_a_body_named_for_its_country_keeps_its_first_word_before_its_officer():
    text = "\n".join([
        "Regulator fines mobile wallet over outage",
        "",
        "The regulator fined the wallet operator on Tuesday.",
        "",
        "Consumer Voice Tanzania secretary-general Neema Mollel said any penalty should go to customers.",
    ])
    found = entities(analyze_text(text, filename="fine.txt"))
    assert found.get("Consumer Voice Tanzania") == "ORG" and "Voice Tanzania" not in found


def test_a_town_english_also_uses_is_a_place_where_the_story_puts_something_there():
    text = "\n".join([
        "Quarry operator wins harbour contract",
        "",
        "The company runs a quarry and ships crushed stone by sea from Aberdeen to the islands.",
        "",
        "He is survived by a sister, Halina Wrobel, of Scranton.",
    ])
    found = entities(analyze_text(text, filename="quarry.txt"))
    assert found.get("Aberdeen") == "PLACE" and found.get("Scranton") == "PLACE"


def test_a_platform_a_teacher_posts_on_is_the_platform():
    text = "\n".join([
        "Childcare chain shuts centres overnight",
        "",
        "Ruby Tanner, who has taught at the centre for six years, wrote in a Facebook post on Monday that staff "
        "found out by text.",
    ])
    assert entities(analyze_text(text, filename="childcare.txt")).get("Facebook") == "PRODUCT"
