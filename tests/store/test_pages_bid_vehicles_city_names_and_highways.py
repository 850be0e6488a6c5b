"""Invented pages: a takeover bid made through a vehicle, a city named in its own language and in
English, and a highway named two ways. Which entity each short or second name belongs to."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entity_of


def test_a_buyers_short_name_is_the_buyer_not_the_vehicle_it_bids_through():
    text = "\n".join([
        "Private equity firm bids for drive maker",
        "",
        "On May 14, Harrow Fell Capital, a London-based private-equity firm, offered 41 euros a share. Harrow Fell "
        "has also bought 12 percent of the shares, and intends to make its offer through Harrow Fell Bidco GmbH. "
        "A spokeswoman for Harrow Fell declined to comment.",
    ])
    assert entity_of(analyze_text(text, filename="bid.txt"), "Harrow Fell") == "Harrow Fell Capital"


def test_a_city_in_its_own_language_is_the_city_in_english():
    text = "\n".join([
        "Truck maker moves test track",
        "",
        "The company will move its test track to Gothenburg next year. Staff in Göteborg were told on Monday.",
    ])
    assert entity_of(analyze_text(text, filename="track.txt"), "Göteborg") == "Gothenburg"


def test_a_highways_short_name_is_the_highway():
    text = "\n".join([
        "Warehouse opens beside the interstate",
        "",
        "The warehouse sits beside Interstate 35, south of the city. Trucks will reach I-35 from a new ramp.",
    ])
    assert entity_of(analyze_text(text, filename="warehouse.txt"), "I-35") == "Interstate 35"
