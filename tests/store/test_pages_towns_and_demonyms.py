"""Invented pages: a town nothing else in the story types, a wire's tag in its dateline, demonyms
from the Pacific, West Africa and the Caribbean, the EU's Member States, a Dutch name opening a
sentence, naira sums and a trade's people. Which names are places, which are people, and which are none."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_a_town_nothing_else_types_is_a_place_but_a_wires_tag_is_not():
    text = "\n".join([
        "Tailor chain opens tenth shop",
        "",
        "KISUMU, June 2 (Sunderland) - Amani Wekesa opened her first shop in a rented room in Nairobi's "
        "Eastleigh in 2018. Her tenth shop opened on Monday.",
    ])
    found = entities(analyze_text(text, filename="tailor.txt"))
    assert found["Eastleigh"] == "PLACE"
    assert found.get("Sunderland") != "PLACE"


def test_demonyms_name_no_one():
    text = "\n".join([
        "Resort group lists in Suva",
        "",
        "The Fijian resort group sold shares to Ivorian and Jamaican investors, and a Nordic pension fund took "
        "a stake. Fijian officials welcomed the listing.",
    ])
    found = entities(analyze_text(text, filename="resort.txt"))
    assert not {"Fijian", "Ivorian", "Jamaican", "Nordic"} & set(found)


def test_a_given_name_ending_like_a_job_before_a_particle_opens_the_name():
    text = "\n".join([
        "Dutch bank backs greenhouse grower",
        "",
        "The grower raised 40 million euros on Monday.",
        "",
        "Pieter van der Berg of Rabobank agreed to lead the round. Welder Tasha Grimaldi, who built the "
        "first greenhouse, said the money would pay for two more.",
    ])
    found = entities(analyze_text(text, filename="greenhouse.txt"))
    assert found["Pieter van der Berg"] == "PERSON"
    assert "Tasha Grimaldi" in found and "van der Berg" not in found


def test_the_member_states_name_no_one():
    text = "\n".join([
        "Cartel fined 300 million euros",
        "",
        "Companies that suffered losses can seek compensation before the national courts of the Member States, "
        "the European Commission said.",
    ])
    found = entities(analyze_text(text, filename="cartel.txt"))
    assert "States" not in found and "Member States" not in found
    assert found["European Commission"] == "ORG"


def test_a_naira_sum_names_nothing_but_a_mask_model_does():
    text = "\n".join([
        "Refinery cuts petrol price",
        "",
        "The refinery cut the price of petrol to N825 per litre and paid N1.2 billion for tanks. The hospital "
        "bought N95 masks.",
    ])
    found = entities(analyze_text(text, filename="petrol.txt"))
    assert "N825" not in found and "N1.2" not in found
    assert "N95" in found


def test_a_trades_people_opening_a_sentence_name_no_one():
    text = "\n".join([
        "Refinery cuts petrol price",
        "",
        "The refinery cut its price on Friday. Marketers under the Independent Petroleum Marketers Association "
        "welcomed the cut.",
    ])
    found = entities(analyze_text(text, filename="marketers.txt"))
    assert "Marketers" not in found
    assert "Independent Petroleum Marketers Association" in found
