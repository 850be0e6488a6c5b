"""Invented pages whose short lines, ministries and companies the analyser once misread: a one-line
paragraph that quotes someone (a sentence, however short, not a heading or a headline), a ministry named
with its country after its remit, and a company introduced as a producer of something."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers


def test_a_short_paragraph_that_quotes_someone_is_a_sentence_not_a_heading() -> None:
    body = (
        "Copper output climbs at Kitwe\n\n"
        "The smelter at Kitwe ran at full capacity in March, its owners said.\n\n"
        'Mr Chanda said: "We are very grateful."\n\n'
        "The mine employs 400 people.\n"
    )
    analysis = analyze_text(body)
    assert entities(analysis)["Chanda"] == "PERSON"
    assert speakers(analysis)["We are very grateful."] == ("speech", "Chanda")


def test_a_page_without_a_headline_does_not_take_its_quote_for_one() -> None:
    body = (
        "The smelter at Kitwe ran at full capacity in March, its owners said.\n\n"
        'Mr Chanda said: "We are very grateful."\n'
    )
    analysis = analyze_text(body)
    assert analysis.title != 'Mr Chanda said: "We are very grateful."'
    assert speakers(analysis)["We are very grateful."] == ("speech", "Chanda")


def test_a_ministry_named_with_its_country_keeps_the_country_in_its_name() -> None:
    body = (
        "The Ministry of Economy of Moldova approved the plan on Tuesday.\n\n"
        "The Ministry of Agriculture and Food Industry of Moldova said the terminal would open in May.\n"
    )
    found = entities(analyze_text(body))
    assert found["Ministry of Economy of Moldova"] == "ORG"
    assert found["Ministry of Agriculture and Food Industry of Moldova"] == "ORG"


def test_a_company_introduced_as_a_producer_is_a_company_but_a_farmer_stays_a_person() -> None:
    # (the company is named after its region, which the story also names alone, and shares its first word
    # with a farmers' association: no cue but the appositive says what "Srem Agrar" is)
    body = (
        "Srem Agrar, a grain and oilseed producer based in Ruma, has signed a loan with the EBRD.\n\n"
        "Srem Agrar farms 9,000 hectares in the Srem region, and Srem Agrar will build a new dryer.\n\n"
        "The Srem Farmers Association welcomed the loan.\n\n"
        "Wanjiru Kamau, a dairy producer in Nakuru, said prices rose. Kamau sells to three cooperatives.\n\n"
        "Tom Hale, a film producer, bought the rights.\n"
    )
    found = entities(analyze_text(body))
    assert found["Srem Agrar"] == "ORG"
    assert found["Wanjiru Kamau"] == "PERSON"
    assert found["Tom Hale"] == "PERSON"


def test_the_story_s_own_spelling_of_a_name_outranks_the_spelling_inside_a_quote() -> None:
    body = (
        'Petro Lysenko wrote on Facebook: "Thank you personally to Alexei Marchuk for months of work."\n\n'
        "Deputy Minister of Infrastructure Oleksii Marchuk said the terminal would open in June. "
        '"We expect two more such projects this year," the deputy minister said.\n'
    )
    analysis = analyze_text(body)
    marchuk = next(e for e in analysis.entities if "Marchuk" in e.name)
    assert marchuk.name == "Oleksii Marchuk"
    assert "Alexei Marchuk" in marchuk.aliases
