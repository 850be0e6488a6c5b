"""Invented stories from small island states and landlocked Laos: the word for a country's people and
things, made from the country's name ("Caymanian firms", "Tuvaluan savers", "Lao banks"), names no one;
the country itself stays a place."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities


def test_words_for_a_country_s_people_made_from_its_name_are_not_entities() -> None:
    body = (
        "Tuvaluan savers and Caymanian firms both bought the Kestrel Reef Holdings Ltd bond, which Lao banks "
        "also hold.\n\n"
        "Most Bermudians have never heard of Kestrel Reef Holdings, its chief executive, Ana Tekinene, said in Tuvalu.\n\n"
        "The Cayman Islands and Laos both regulate such bonds.\n"
    )
    found = entities(analyze_text(body))
    assert not {"Tuvaluan", "Caymanian", "Lao", "Bermudians"} & found.keys()
    assert {"Kestrel Reef Holdings Ltd", "Ana Tekinene"} <= found.keys()
    assert found.get("Tuvalu") == "PLACE" and found.get("Laos") == "PLACE"
