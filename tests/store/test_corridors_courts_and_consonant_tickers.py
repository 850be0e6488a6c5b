"""Invented stories that name places and bodies the way business news from the Balkans, the Caucasus and
southern Africa does: a transport corridor named for a port town, an administrative court, a Slavic town
whose name opens with "Novi", a region that shares its name with a company's first word, a closed
joint-stock company, and a ticker written as the company's name without its vowels."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_corridor_named_for_a_town_is_a_place_and_takes_no_one_s_first_name() -> None:
    body = (
        "Quelimane Freight has won a 20-year concession for a bulk terminal at the Port of Pemba.\n\n"
        "The government said the terminal would \"strengthen the Pemba Corridor as the route for graphite from "
        "the north\".\n\n"
        "Rosa Mabote, the company's chief executive, said it had been working in Pemba since 2019. "
        "“We can now ship straight from the north,” she told reporters.\n"
    )
    analysis = analyze_text(body)
    found = entities(analysis)
    assert found["Pemba Corridor"] == "PLACE"
    assert entity_of(analysis, "Pemba") != "Pemba Corridor"
    assert speakers(analysis)["We can now ship straight from the north,"] == ("speech", "Rosa Mabote")


def test_an_administrative_court_is_a_court_of_law_not_a_street() -> None:
    body = (
        "The contract still has to be cleared by the Administrative Court, which must approve state contracts "
        "above a set value, the ministry said.\n"
    )
    assert entities(analyze_text(body))["Administrative Court"] == "ORG"


def test_a_town_opening_with_novi_is_a_place_though_it_has_a_person_s_shape() -> None:
    body = (
        "The loan will pay for solar panels on the roofs of its drying plants in Novi Kneževac.\n\n"
        "The company employs 400 people, most of them in Subotica and Novi Kneževac.\n"
    )
    assert entities(analyze_text(body))["Novi Kneževac"] == "PLACE"


def test_a_region_named_in_the_story_is_not_short_for_the_company_that_shares_its_first_word() -> None:
    body = (
        "Srem Agrar, a grain producer based in Sremska Mitrovica, has signed a loan with the EBRD.\n\n"
        "Srem Agrar farms 7,000 hectares in the Srem region and buys from 900 farmers.\n\n"
        "Srem Agrar was privatised in 2005 and has been listed in Belgrade since 2007.\n"
    )
    analysis = analyze_text(body)
    assert entity_of(analysis, "Srem") == "Srem"
    assert entities(analysis)["Srem"] == "PLACE"
    assert entities(analysis)["Srem Agrar"] != "PERSON"


def test_a_company_that_is_only_privatised_and_listed_is_a_company() -> None:
    body = "Velmora Sud was privatised in 2006 and has been listed in Belgrade since 2008.\n"
    assert entities(analyze_text(body))["Velmora Sud"] == "ORG"


def test_a_closed_joint_stock_company_is_a_company_and_its_short_name_joins_it() -> None:
    body = (
        "Tavush Soft CJSC, a Yerevan developer of accounting software, will list its shares on the exchange.\n\n"
        "Tavush Soft said the listing would fund an office in Tbilisi.\n"
    )
    analysis = analyze_text(body)
    assert entities(analysis)["Tavush Soft CJSC"] == "ORG"
    assert entity_of(analysis, "Tavush Soft") == "Tavush Soft CJSC"


def test_a_ticker_spelled_as_the_company_s_first_word_without_its_vowels_is_the_company() -> None:
    body = (
        "Garnik Technologies CJSC will sell 1.2 million new shares, the exchange said.\n\n"
        "Garnik Payroll, its main product, is used by 3,000 businesses.\n\n"
        "Traders expect GRNK to open above its offer price.\n"
    )
    analysis = analyze_text(body)
    assert entity_of(analysis, "GRNK") == "Garnik Technologies CJSC"
    assert entity_of(analysis, "Garnik Payroll") != "Garnik Technologies CJSC"
